package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.InterfaceTypeModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Each object type has every field of each interface it implements, with the same type and the
 * same arguments (spec §3.7, "IsValidImplementation"; Kiln requires the types to be equal rather
 * than covariant, which is what a Java override of the interface's method gives).
 */
final class InterfaceImplementationsRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    for (InterfaceTypeModel interfaceType : model.interfaceTypes()) {
      for (ObjectTypeModel implementation : interfaceType.implementations()) {
        for (FieldModel expected : interfaceType.fields()) {
          String problem = problem(implementation, expected);
          if (problem != null) {
            diagnostics.error(implementation.source(), Message.INTERFACE_FIELD, implementation.name(), interfaceType.name(), problem);
          }
        }
      }
    }
  }

  private static @Nullable String problem(ObjectTypeModel implementation, FieldModel expected) {
    String coordinates = expected.parentType() + "." + expected.name();
    FieldModel actual = implementation.fields().stream().filter(f -> f.name().equals(expected.name())).findFirst().orElse(null);
    if (actual == null) {
      return "it has no field \"" + expected.name() + "\", which \"" + coordinates + "\" declares";
    }
    if (!actual.type().equals(expected.type())) {
      return "its field \"" + expected.name() + "\" is \"" + actual.type() + "\", not \"" + expected.type() + "\" as \"" + coordinates + "\" declares";
    }
    if (!signature(actual.arguments()).equals(signature(expected.arguments()))) {
      return "its field \"" + expected.name() + "\" takes " + signature(actual.arguments()) + ", not " + signature(expected.arguments()) + " as \"" + coordinates + "\" declares";
    }
    return null;
  }

  private static String signature(List<ArgumentModel> arguments) {
    return "(" + String.join(", ", arguments.stream().map(a -> a.name() + ": " + a.type()).toList()) + ")";
  }
}
