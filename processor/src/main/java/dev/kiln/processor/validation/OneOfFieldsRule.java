package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.InputTypeModel;
import dev.kiln.processor.model.SchemaModel;

/**
 * Every field of a {@code @oneOf} input type is nullable and has no default (spec §3.10.1,
 * "OneOf Input Objects").
 */
final class OneOfFieldsRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    for (InputTypeModel input : model.inputTypes()) {
      if (!input.oneOf()) {
        continue;
      }
      for (ArgumentModel field : input.fields()) {
        if (field.type().nonNull()) {
          diagnostics.error(input.source(), Message.ONE_OF_FIELD, field.name(), input.name(), "is non-null", "Make it nullable, e.g. Integer rather than int, or @Nullable.");
        } else if (field.defaultLiteral() != null) {
          diagnostics.error(input.source(), Message.ONE_OF_FIELD, field.name(), input.name(), "has a default", "Remove the @DefaultValue.");
        }
      }
    }
  }
}
