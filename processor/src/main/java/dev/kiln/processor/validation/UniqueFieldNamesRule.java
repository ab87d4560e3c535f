package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field names are unique within a type (spec §3.6: "Each field … must have a unique name within
 * that Object type"). Argument names are parameter names, which Java keeps unique.
 */
final class UniqueFieldNamesRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    for (List<FieldModel> fields : Fields.byType(model)) {
      Map<String, FieldModel> seen = new LinkedHashMap<>();
      for (FieldModel field : fields) {
        FieldModel previous = seen.putIfAbsent(field.name(), field);
        if (previous != null) {
          diagnostics.error(
              field.source(),
              Message.DUPLICATE_FIELD,
              field.name(),
              field.parentType(),
              "\"" + previous.source().getEnclosingElement().getSimpleName() + "." + previous.source().getSimpleName() + "\"");
        }
      }
    }
  }
}
