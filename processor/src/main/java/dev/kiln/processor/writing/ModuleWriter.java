package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.EnumTypeModel;
import dev.kiln.processor.model.FieldCostModel;
import dev.kiln.processor.model.FetcherHost;
import dev.kiln.processor.model.CustomScalarModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.InputTypeModel;
import dev.kiln.processor.model.InterfaceTypeModel;
import dev.kiln.processor.model.UnionTypeModel;
import dev.kiln.processor.model.LoaderHost;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Writes the module class: it builds every GraphQL type programmatically (no SDL parsing at
 * startup) and asks each {@code _Fetchers} class to register its data fetchers. The runtime finds
 * it through {@code META-INF/services}.
 */
public final class ModuleWriter {
  private ModuleWriter() {}

  /** The module class, registering {@code costs}: the field costs that differ from the runtime's default. */
  public static JavaFile write(SchemaModel model, List<FieldCostModel> costs) {
    ClassName module = model.module();
    MethodSpec.Builder contribute =
        MethodSpec.methodBuilder("contribute")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ReferencedTypes.SCHEMA_CONTRIBUTION, "contribution");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(module)
            .addJavadoc("The GraphQL schema Kiln generated from this compilation's annotated types.\n")
            .addAnnotation(ReferencedTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ReferencedTypes.KILN_MODULE)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
            .addMethod(
                MethodSpec.methodBuilder("name")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $S", module.canonicalName())
                    .build());
    Map<String, MethodSpec> typeMethods = new TreeMap<>();
    for (ObjectTypeModel objectType : model.objectTypes()) {
      typeMethods.put(objectType.name(), objectTypeMethod(objectType));
    }
    for (EnumTypeModel enumType : model.enumTypes()) {
      typeMethods.put(enumType.name(), enumTypeMethod(enumType));
    }
    for (InterfaceTypeModel interfaceType : model.interfaceTypes()) {
      typeMethods.put(interfaceType.name(), interfaceTypeMethod(interfaceType));
    }
    for (UnionTypeModel unionType : model.unionTypes()) {
      typeMethods.put(unionType.name(), unionTypeMethod(unionType));
    }
    for (CustomScalarModel scalar : model.customScalars()) {
      typeMethods.put(scalar.name(), scalarMethod(scalar));
    }
    for (InputTypeModel input : model.inputTypes()) {
      typeMethods.put(input.name(), inputTypeMethod(input));
    }
    if (model.enumTypes().stream().anyMatch(e -> e.values().stream().anyMatch(v -> v.deprecationReason() != null))) {
      type.addAnnotation(FetchersWriter.suppressWarnings(List.of("deprecation")));
    }
    for (MethodSpec method : typeMethods.values()) {
      contribute.addStatement("contribution.addType($N())", method);
      type.addMethod(method);
    }
    for (InterfaceTypeModel interfaceType : model.interfaceTypes()) {
      addTypeResolver(module, interfaceType.name(), interfaceType.implementations(), contribute, type);
    }
    for (UnionTypeModel unionType : model.unionTypes()) {
      addTypeResolver(module, unionType.name(), unionType.members(), contribute, type);
    }
    addRootFields(model.queryFields(), "Query", "addQueryField", contribute, type);
    addRootFields(model.mutationFields(), "Mutation", "addMutationField", contribute, type);
    addRootFields(model.subscriptionFields(), "Subscription", "addSubscriptionField", contribute, type);
    for (FetcherHost host : model.hosts()) {
      contribute.addStatement("$T.register(contribution)", host.fetchersClass());
    }
    for (LoaderHost host : model.loaderHosts()) {
      contribute.addStatement("$T.register(contribution)", host.loadersClass());
    }
    FieldCostsWriter.addTo(contribute, costs);
    NodeWiring.addTo(model, contribute);
    type.addMethod(contribute.build());
    model.objectTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.enumTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.interfaceTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.unionTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.customScalars().forEach(t -> type.addOriginatingElement(t.source()));
    model.inputTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.hosts().forEach(h -> type.addOriginatingElement(h.source()));
    model.loaderHosts().forEach(h -> type.addOriginatingElement(h.source()));
    return JavaFile.builder(module.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static void addRootFields(
      List<FieldModel> fields, String root, String adder, MethodSpec.Builder contribute, TypeSpec.Builder type) {
    for (FieldModel field : fields) {
      MethodSpec method =
          MethodSpec.methodBuilder(lowerFirst(root) + upperFirst(field.name()))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(ReferencedTypes.FIELD_DEFINITION)
              .addStatement("return $L", fieldDefinition(field))
              .build();
      type.addMethod(method);
      contribute.addStatement("contribution.$N($N())", adder, method);
    }
  }

  private static MethodSpec objectTypeMethod(ObjectTypeModel objectType) {
    return fieldsTypeMethod(
        ReferencedTypes.OBJECT_TYPE, "newObject", objectType.name(), objectType.description(), objectType.interfaces(), objectType.fields());
  }

  private static MethodSpec interfaceTypeMethod(InterfaceTypeModel interfaceType) {
    return fieldsTypeMethod(
        ReferencedTypes.INTERFACE_TYPE,
        "newInterface",
        interfaceType.name(),
        interfaceType.description(),
        interfaceType.interfaces(),
        interfaceType.fields());
  }

  /** The method that builds an object or interface type: its name, description, interfaces and fields. */
  private static MethodSpec fieldsTypeMethod(
      ClassName typeClass, String factory, String name, @Nullable String description, List<String> interfaces, List<FieldModel> fields) {
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.$N()\n", typeClass, factory).indent().indent();
    code.add(".name($S)\n", name);
    if (description != null) {
      code.add(".description($S)\n", description);
    }
    for (String implemented : interfaces) {
      code.add(".withInterface($T.typeRef($S))\n", ReferencedTypes.TYPE_REFERENCE, implemented);
    }
    for (FieldModel field : fields) {
      code.add(".field($L)\n", fieldDefinition(field));
    }
    code.add(".build();\n").unindent().unindent();
    return MethodSpec.methodBuilder(lowerFirst(name) + "Type")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(typeClass)
        .addCode(code.build())
        .build();
  }

  private static MethodSpec inputTypeMethod(InputTypeModel input) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("return $T.newInputObject()\n", ReferencedTypes.INPUT_OBJECT_TYPE).indent().indent();
    code.add(".name($S)\n", input.name());
    if (input.description() != null) {
      code.add(".description($S)\n", input.description());
    }
    if (input.oneOf()) {
      code.add(".withAppliedDirective($T.OneOfDirective.toAppliedDirective())\n", ReferencedTypes.DIRECTIVES);
    }
    for (ArgumentModel field : input.fields()) {
      code.add(".field($T.newInputObjectField().name($S)", ReferencedTypes.INPUT_OBJECT_FIELD, field.name());
      if (field.description() != null) {
        code.add(".description($S)", field.description());
      }
      code.add(".type($L)", TypeCode.type(field.type()));
      if (field.defaultValue() != null) {
        code.add(".defaultValueLiteral($L)", TypeCode.literal(field.defaultValue()));
      }
      code.add(".build())\n");
    }
    code.add(".build();\n").unindent().unindent();
    return MethodSpec.methodBuilder(lowerFirst(input.name()) + "Input")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ReferencedTypes.INPUT_OBJECT_TYPE)
        .addCode(code.build())
        .build();
  }

  private static MethodSpec scalarMethod(CustomScalarModel scalar) {
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.newScalar()\n", ReferencedTypes.SCALAR_TYPE).indent().indent();
    code.add(".name($S)\n", scalar.name());
    if (scalar.description() != null) {
      code.add(".description($S)\n", scalar.description());
    }
    if (scalar.specifiedBy() != null) {
      code.add(".specifiedByUrl($S)\n", scalar.specifiedBy());
    }
    code.add(".coercing(new $T())\n", scalar.coercing());
    code.add(".build();\n").unindent().unindent();
    return MethodSpec.methodBuilder(lowerFirst(scalar.name()) + "Scalar")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ReferencedTypes.SCALAR_TYPE)
        .addCode(code.build())
        .build();
  }

  private static MethodSpec unionTypeMethod(UnionTypeModel unionType) {
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.newUnionType()\n", ReferencedTypes.UNION_TYPE).indent().indent();
    code.add(".name($S)\n", unionType.name());
    if (unionType.description() != null) {
      code.add(".description($S)\n", unionType.description());
    }
    for (ObjectTypeModel member : unionType.members()) {
      code.add(".possibleType($T.typeRef($S))\n", ReferencedTypes.TYPE_REFERENCE, member.name());
    }
    code.add(".build();\n").unindent().unindent();
    return MethodSpec.methodBuilder(lowerFirst(unionType.name()) + "Type")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ReferencedTypes.UNION_TYPE)
        .addCode(code.build())
        .build();
  }

  /**
   * A type resolver for an interface or union: the first of {@code candidates} whose Java type the
   * value is an instance of, most specific first; no reflection. A value of none of them is a field
   * error, not a failed request.
   */
  private static void addTypeResolver(
      ClassName module, String abstractType, List<ObjectTypeModel> candidates, MethodSpec.Builder contribute, TypeSpec.Builder type) {
    MethodSpec.Builder resolve =
        MethodSpec.methodBuilder("resolve" + upperFirst(abstractType))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ReferencedTypes.OBJECT_TYPE)
            .addParameter(ReferencedTypes.TYPE_RESOLUTION_ENVIRONMENT, "environment")
            .addStatement("$T value = environment.getObject()", Object.class);
    for (ObjectTypeModel candidate : candidates) {
      resolve.beginControlFlow("if (value instanceof $T)", candidate.javaType())
          .addStatement("return environment.getSchema().getObjectType($S)", candidate.name())
          .endControlFlow();
    }
    // graphql-java makes this exception a field error, which the runtime masks and logs; any other
    // would fail the whole request.
    resolve.addStatement(
        "throw new $T($S + value.getClass().getName() + $S, ($T) environment.getSchema().getType($S))",
        ReferencedTypes.UNRESOLVED_TYPE_EXCEPTION,
        "No object type of " + abstractType + " for a value of class ",
        ". Annotate the class with @GraphQLType.",
        ReferencedTypes.NAMED_OUTPUT_TYPE,
        abstractType);
    MethodSpec method = resolve.build();
    type.addMethod(method);
    contribute.addStatement("contribution.typeResolver($S, $T::$N)", abstractType, module, method);
  }

  private static MethodSpec enumTypeMethod(EnumTypeModel enumType) {
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.newEnum()\n", ReferencedTypes.ENUM_TYPE).indent().indent();
    code.add(".name($S)\n", enumType.name());
    if (enumType.description() != null) {
      code.add(".description($S)\n", enumType.description());
    }
    for (EnumTypeModel.Value value : enumType.values()) {
      code.add(".value($T.newEnumValueDefinition().name($S).value($T.$N)", ReferencedTypes.ENUM_VALUE, value.name(), enumType.javaType(), value.constant());
      if (value.description() != null) {
        code.add(".description($S)", value.description());
      }
      if (value.deprecationReason() != null) {
        code.add(".deprecationReason($S)", value.deprecationReason());
      }
      code.add(".build())\n");
    }
    code.add(".build();\n").unindent().unindent();
    return MethodSpec.methodBuilder(lowerFirst(enumType.name()) + "Type")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ReferencedTypes.ENUM_TYPE)
        .addCode(code.build())
        .build();
  }

  private static CodeBlock fieldDefinition(FieldModel field) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.newFieldDefinition()\n", ReferencedTypes.FIELD_DEFINITION).indent().indent();
    code.add(".name($S)\n", field.name());
    if (field.description() != null) {
      code.add(".description($S)\n", field.description());
    }
    code.add(".type($L)\n", TypeCode.type(field.type()));
    for (ArgumentModel argument : field.arguments()) {
      code.add(".argument($L)\n", argument(argument));
    }
    if (field.deprecationReason() != null) {
      code.add(".deprecate($S)\n", field.deprecationReason());
    }
    return code.add(".build()").unindent().unindent().build();
  }

  private static CodeBlock argument(ArgumentModel argument) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.newArgument().name($S)", ReferencedTypes.ARGUMENT, argument.name());
    if (argument.description() != null) {
      code.add(".description($S)", argument.description());
    }
    code.add(".type($L)", TypeCode.type(argument.type()));
    if (argument.defaultValue() != null) {
      code.add(".defaultValueLiteral($L)", TypeCode.literal(argument.defaultValue()));
    }
    return code.add(".build()").build();
  }

  static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static String upperFirst(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
