package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.SchemaModel;
import javax.lang.model.element.Element;

/**
 * A schema has a query root type with at least one field (spec §3.3.1: "The query root operation
 * type must be provided"; §3.6: an object type defines one or more fields).
 */
final class QueryRootRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    if (!model.queryFields().isEmpty()) {
      return;
    }
    Element anchor = null;
    if (!model.mutationFields().isEmpty()) {
      anchor = model.mutationFields().get(0).source();
    } else if (!model.subscriptionFields().isEmpty()) {
      anchor = model.subscriptionFields().get(0).source();
    } else if (!model.objectTypes().isEmpty()) {
      anchor = model.objectTypes().get(0).source();
    } else if (!model.enumTypes().isEmpty()) {
      anchor = model.enumTypes().get(0).source();
    }
    if (anchor != null) {
      diagnostics.error(anchor, Message.NO_QUERY_FIELD);
    }
  }
}
