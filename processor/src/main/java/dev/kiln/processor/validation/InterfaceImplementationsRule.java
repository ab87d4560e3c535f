package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.InterfaceTypeModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.model.TypeRef;
import dev.kiln.processor.model.UnionTypeModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Each object and interface type is a valid implementation of every interface it implements, as
 * the GraphQL spec's {@code IsValidImplementation(type, implementedType)} defines it (October 2021,
 * §3.6 "Objects", which defines it for object types' Type Validation 4; §3.7 "Interfaces" applies it
 * to interfaces that implement interfaces):
 *
 * <ol>
 *   <li>The type declares every interface the implemented interface declares. Kiln declares every
 *       {@code @GraphQLType} interface among a type's Java supertypes, so this always holds.
 *   <li>The type has a field of the same name for every field of the interface, and for each:
 *       <ol>
 *         <li>it has an argument of the same name for every argument of the interface's field, of
 *             the same type (arguments are invariant);
 *         <li>any additional argument is not required (not non-null without a default);
 *         <li>its type is the interface field's type or a subtype of it (covariant), as {@link
 *             #isValidImplementationFieldType} decides.
 *       </ol>
 * </ol>
 *
 * Each violation is reported on the implementation's element that causes it: the field's member,
 * or the argument's parameter; a missing field, on the type.
 */
final class InterfaceImplementationsRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    Map<String, InterfaceTypeModel> interfaces = new HashMap<>();
    model.interfaceTypes().forEach(type -> interfaces.put(type.name(), type));
    AbstractTypes abstractTypes = AbstractTypes.of(model);
    for (ObjectTypeModel type : model.objectTypes()) {
      checkImplementations(type.name(), type.fields(), type.interfaces(), type.source(), interfaces, abstractTypes, diagnostics);
    }
    for (InterfaceTypeModel type : model.interfaceTypes()) {
      checkImplementations(type.name(), type.fields(), type.interfaces(), type.source(), interfaces, abstractTypes, diagnostics);
    }
  }

  private static void checkImplementations(
      String typeName,
      List<FieldModel> fields,
      List<String> implemented,
      Element source,
      Map<String, InterfaceTypeModel> interfaces,
      AbstractTypes abstractTypes,
      Diagnostics diagnostics) {
    for (String interfaceName : implemented) {
      // An interface of another module is that module's to check; this one cannot see its fields.
      InterfaceTypeModel interfaceType = interfaces.get(interfaceName);
      if (interfaceType == null) {
        continue;
      }
      for (FieldModel implementedField : interfaceType.fields()) {
        Optional<FieldModel> field = fields.stream().filter(f -> f.name().equals(implementedField.name())).findFirst();
        if (field.isEmpty()) {
          diagnostics.error(source, Message.INTERFACE_FIELD, typeName, interfaceName, implementedField.name(), coordinates(implementedField));
          continue;
        }
        checkField(typeName, field.get(), implementedField, abstractTypes, diagnostics);
      }
    }
  }

  private static void checkField(
      String typeName, FieldModel field, FieldModel implementedField, AbstractTypes abstractTypes, Diagnostics diagnostics) {
    String coordinates = typeName + "." + field.name();
    for (ArgumentModel implementedArgument : implementedField.arguments()) {
      Optional<ArgumentModel> argument = argument(field, implementedArgument.name());
      if (argument.isEmpty()) {
        diagnostics.error(
            field.source(), Message.INTERFACE_ARGUMENT, coordinates, implementedArgument.name(), coordinates(implementedField), implementedArgument.name(), implementedArgument.type());
      } else if (!argument.get().type().equals(implementedArgument.type())) {
        diagnostics.error(
            argument.get().source(), Message.INTERFACE_ARGUMENT_TYPE, implementedArgument.name(), coordinates, argument.get().type(), coordinates(implementedField), implementedArgument.type());
      }
    }
    for (ArgumentModel argument : field.arguments()) {
      boolean required = argument.type().nonNull() && argument.defaultLiteral() == null;
      if (required && argument(implementedField, argument.name()).isEmpty()) {
        diagnostics.error(argument.source(), Message.INTERFACE_REQUIRED_ARGUMENT, argument.name(), coordinates, argument.type(), coordinates(implementedField));
      }
    }
    if (!isValidImplementationFieldType(field.type(), implementedField.type(), abstractTypes)) {
      diagnostics.error(field.source(), Message.INTERFACE_FIELD_TYPE, coordinates, field.type(), coordinates(implementedField), implementedField.type());
    }
  }

  /**
   * The spec's {@code IsValidImplementationFieldType(fieldType, implementedFieldType)}: whether a
   * field of type {@code fieldType} may implement an interface's field of type {@code
   * implementedFieldType}.
   */
  static boolean isValidImplementationFieldType(TypeRef fieldType, TypeRef implementedFieldType, AbstractTypes abstractTypes) {
    // 1. A non-null type implements its nullable type's implementations, null or not.
    if (fieldType.nonNull()) {
      return isValidImplementationFieldType(fieldType.nullable(), implementedFieldType.nullable(), abstractTypes);
    }
    if (implementedFieldType.nonNull()) {
      return false; // 3 to 6: a nullable type is never the same as, nor a subtype of, a non-null type
    }
    // 2. A list implements a list whose items its items implement.
    if (fieldType instanceof TypeRef.ListOf list && implementedFieldType instanceof TypeRef.ListOf implementedList) {
      return isValidImplementationFieldType(list.element(), implementedList.element(), abstractTypes);
    }
    if (!(fieldType instanceof TypeRef.Named named) || !(implementedFieldType instanceof TypeRef.Named implementedNamed)) {
      return false; // 6: a list and a named type
    }
    // 3. The same type; 4. an object type that is a member of the union; 5. an object or interface
    // type that declares it implements the interface.
    return named.name().equals(implementedNamed.name())
        || abstractTypes.isUnionMember(named.name(), implementedNamed.name())
        || abstractTypes.declaresInterface(named.name(), implementedNamed.name());
  }

  private static Optional<ArgumentModel> argument(FieldModel field, String name) {
    return field.arguments().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  private static String coordinates(FieldModel field) {
    return field.parentType() + "." + field.name();
  }

  /** What the spec's subtyping asks of the schema: the members of unions and the interfaces types declare. */
  record AbstractTypes(Map<String, List<String>> membersByUnion, Map<String, List<String>> interfacesByType) {

    static AbstractTypes of(SchemaModel model) {
      Map<String, List<String>> members = new HashMap<>();
      for (UnionTypeModel union : model.unionTypes()) {
        members.put(union.name(), union.members().stream().map(ObjectTypeModel::name).toList());
      }
      Map<String, List<String>> interfaces = new HashMap<>();
      model.objectTypes().forEach(type -> interfaces.put(type.name(), type.interfaces()));
      model.interfaceTypes().forEach(type -> interfaces.put(type.name(), type.interfaces()));
      return new AbstractTypes(members, interfaces);
    }

    boolean isUnionMember(String type, String union) {
      return membersByUnion.getOrDefault(union, List.of()).contains(type);
    }

    boolean declaresInterface(String type, String interfaceName) {
      return interfacesByType.getOrDefault(type, List.of()).contains(interfaceName);
    }
  }
}
