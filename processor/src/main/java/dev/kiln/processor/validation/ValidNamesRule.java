package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.EnumTypeModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;

/**
 * Every name is a GraphQL name (spec §2.1.9, {@code /[_A-Za-z][_0-9A-Za-z]*}/), and none starts with
 * {@code __}, which is reserved for introspection (spec §3.3.1, §4.1).
 */
final class ValidNamesRule implements SchemaRule {
  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    for (ObjectTypeModel type : model.objectTypes()) {
      check(type.name(), type.source(), diagnostics);
    }
    for (EnumTypeModel type : model.enumTypes()) {
      check(type.name(), type.source(), diagnostics);
    }
    for (List<FieldModel> fields : Fields.byType(model)) {
      for (FieldModel field : fields) {
        check(field.name(), field.source(), diagnostics);
        for (ArgumentModel argument : field.arguments()) {
          check(argument.name(), argument.source(), diagnostics);
        }
      }
    }
  }

  private static void check(String name, Element source, Diagnostics diagnostics) {
    if (!NAME.matcher(name).matches()) {
      diagnostics.error(source, Message.INVALID_NAME, name);
    } else if (name.startsWith("__")) {
      diagnostics.error(source, Message.RESERVED_NAME, name);
    }
  }
}
