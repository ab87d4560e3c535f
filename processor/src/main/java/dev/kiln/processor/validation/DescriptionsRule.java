package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.EnumTypeModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.List;

/**
 * With {@code -Akiln.requireDescriptions=true}, every type, field, argument and enum value has a
 * description (spec §2.2: descriptions document the schema for its clients), taken from Javadoc.
 */
final class DescriptionsRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    for (ObjectTypeModel type : model.objectTypes()) {
      if (type.description() == null) {
        diagnostics.error(type.source(), Message.MISSING_DESCRIPTION, "Type \"" + type.name() + "\"");
      }
    }
    for (EnumTypeModel type : model.enumTypes()) {
      if (type.description() == null) {
        diagnostics.error(type.source(), Message.MISSING_DESCRIPTION, "Enum \"" + type.name() + "\"");
      }
      for (EnumTypeModel.Value value : type.values()) {
        if (value.description() == null) {
          diagnostics.error(type.source(), Message.MISSING_DESCRIPTION, "Enum value \"" + type.name() + "." + value.name() + "\"");
        }
      }
    }
    for (List<FieldModel> fields : Fields.byType(model)) {
      for (FieldModel field : fields) {
        check(field, diagnostics);
      }
    }
  }

  private static void check(FieldModel field, Diagnostics diagnostics) {
    String coordinates = field.parentType() + "." + field.name();
    if (field.description() == null) {
      diagnostics.error(field.source(), Message.MISSING_DESCRIPTION, "Field \"" + coordinates + "\"");
    }
    for (ArgumentModel argument : field.arguments()) {
      if (argument.description() == null) {
        diagnostics.error(argument.source(), Message.MISSING_DESCRIPTION, "Argument \"" + coordinates + "(" + argument.name() + ":)\"");
      }
    }
  }
}
