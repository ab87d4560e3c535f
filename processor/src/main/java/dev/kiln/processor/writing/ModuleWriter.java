package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
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
import java.util.ArrayList;
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
  private static final ClassName SCHEMA_ELEMENTS = ClassName.get(ReferencedTypes.RUNTIME_INTERNAL, "SchemaElements");

  private ModuleWriter() {}

  /** The module class, registering {@code costs}: the field costs that differ from the runtime's default. */
  public static JavaFile write(SchemaModel model, FetcherPlan fetchers, List<FieldCostModel> costs) {
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
    Map<String, CodeBlock> typeDefinitions = new TreeMap<>();
    for (ObjectTypeModel objectType : model.objectTypes()) {
      typeDefinitions.put(objectType.name(), objectType(objectType));
    }
    for (EnumTypeModel enumType : model.enumTypes()) {
      typeDefinitions.put(enumType.name(), enumType(enumType));
    }
    for (InterfaceTypeModel interfaceType : model.interfaceTypes()) {
      typeDefinitions.put(interfaceType.name(), interfaceType(interfaceType));
    }
    for (UnionTypeModel unionType : model.unionTypes()) {
      typeDefinitions.put(unionType.name(), unionType(unionType));
    }
    for (CustomScalarModel scalar : model.customScalars()) {
      typeDefinitions.put(scalar.name(), scalar(scalar));
    }
    for (InputTypeModel input : model.inputTypes()) {
      typeDefinitions.put(input.name(), inputType(input));
    }
    if (model.enumTypes().stream().anyMatch(e -> e.values().stream().anyMatch(v -> v.deprecationReason() != null))) {
      type.addAnnotation(FetchersWriter.suppressWarnings(List.of("deprecation")));
    }
    List<CodeBlock> statements = new ArrayList<>();
    typeDefinitions.values().forEach(definition -> statements.add(CodeBlock.of("contribution.addType($L)", definition)));
    NameAllocator resolverNames = new NameAllocator();
    List.of("name", "contribute").forEach(resolverNames::newName);
    for (InterfaceTypeModel interfaceType : model.interfaceTypes()) {
      statements.add(addTypeResolver(module, interfaceType.name(), interfaceType.implementations(), resolverNames, type));
    }
    for (UnionTypeModel unionType : model.unionTypes()) {
      statements.add(addTypeResolver(module, unionType.name(), unionType.members(), resolverNames, type));
    }
    model.queryFields().forEach(f -> statements.add(CodeBlock.of("contribution.addQueryField($L)", fieldDefinition(f))));
    model.mutationFields().forEach(f -> statements.add(CodeBlock.of("contribution.addMutationField($L)", fieldDefinition(f))));
    model.subscriptionFields().forEach(f -> statements.add(CodeBlock.of("contribution.addSubscriptionField($L)", fieldDefinition(f))));
    for (FetcherPlan.PropertyReads reads : fetchers.propertyReads()) {
      statements.add(CodeBlock.of("$T.register(contribution)", reads.className()));
    }
    for (FetcherHost host : fetchers.hosts()) {
      statements.add(CodeBlock.of("$T.register(contribution)", host.fetchersClass()));
    }
    for (LoaderHost host : model.loaderHosts()) {
      statements.add(CodeBlock.of("$T.register(contribution)", host.loadersClass()));
    }
    statements.addAll(FieldCostsWriter.statements(costs));
    statements.addAll(NodeWiring.statements(model));
    ContributionParts.addTo(type, contribute, statements);
    type.addMethod(contribute.build());
    model.objectTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.enumTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.interfaceTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.unionTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.customScalars().forEach(t -> type.addOriginatingElement(t.source()));
    model.inputTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.hosts().forEach(h -> type.addOriginatingElement(h.source()));
    model.loaderHosts().forEach(h -> type.addOriginatingElement(h.source()));
    return JavaFile.builder(module.packageName(), type.build())
        .addStaticImport(SCHEMA_ELEMENTS, "plainObject", "object", "field", "argument")
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * An object type: {@code object(…)} with a field per line; through the builder when it
   * implements interfaces.
   */
  private static CodeBlock objectType(ObjectTypeModel objectType) {
    if (objectType.interfaces().isEmpty() && objectType.fields().stream().allMatch(ModuleWriter::isPlain)) {
      // A table of names, types and descriptions: string constants, no call per field to compile.
      CodeBlock.Builder code = CodeBlock.builder().add("$T.plainObject($S, $L", SCHEMA_ELEMENTS, objectType.name(), text(objectType.description()));
      code.indent().indent();
      objectType.fields().forEach(field -> code.add(",\n$S, $S, $L", field.name(), TypeCode.sdl(field.type()), text(field.description())));
      return code.unindent().unindent().add(")").build();
    }
    if (objectType.interfaces().isEmpty()) {
      CodeBlock.Builder code = CodeBlock.builder().add("$T.object($S, $L", SCHEMA_ELEMENTS, objectType.name(), text(objectType.description()));
      code.indent().indent();
      objectType.fields().forEach(field -> code.add(",\n$L", fieldDefinition(field)));
      return code.unindent().unindent().add(")").build();
    }
    return fieldsType(ReferencedTypes.OBJECT_TYPE, "newObject", objectType.name(), objectType.description(), objectType.interfaces(), objectType.fields());
  }

  private static CodeBlock interfaceType(InterfaceTypeModel interfaceType) {
    return fieldsType(
        ReferencedTypes.INTERFACE_TYPE, "newInterface", interfaceType.name(), interfaceType.description(), interfaceType.interfaces(), interfaceType.fields());
  }

  /** An object or interface type through its builder: name, description, interfaces and fields. */
  private static CodeBlock fieldsType(
      ClassName typeClass, String factory, String name, @Nullable String description, List<String> interfaces, List<FieldModel> fields) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.$N()\n", typeClass, factory).indent().indent();
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
    return code.add(".build()").unindent().unindent().build();
  }

  private static CodeBlock inputType(InputTypeModel input) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.newInputObject()\n", ReferencedTypes.INPUT_OBJECT_TYPE).indent().indent();
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
      code.add(".type($T.inputType($S))", SCHEMA_ELEMENTS, TypeCode.sdl(field.type()));
      if (field.defaultValue() != null) {
        code.add(".defaultValueLiteral($L)", TypeCode.literal(field.defaultValue()));
      }
      code.add(".build())\n");
    }
    return code.add(".build()").unindent().unindent().build();
  }

  private static CodeBlock scalar(CustomScalarModel scalar) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.newScalar()\n", ReferencedTypes.SCALAR_TYPE).indent().indent();
    code.add(".name($S)\n", scalar.name());
    if (scalar.description() != null) {
      code.add(".description($S)\n", scalar.description());
    }
    if (scalar.specifiedBy() != null) {
      code.add(".specifiedByUrl($S)\n", scalar.specifiedBy());
    }
    code.add(".coercing(new $T())\n", scalar.coercing());
    return code.add(".build()").unindent().unindent().build();
  }

  private static CodeBlock unionType(UnionTypeModel unionType) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.newUnionType()\n", ReferencedTypes.UNION_TYPE).indent().indent();
    code.add(".name($S)\n", unionType.name());
    if (unionType.description() != null) {
      code.add(".description($S)\n", unionType.description());
    }
    for (ObjectTypeModel member : unionType.members()) {
      code.add(".possibleType($T.typeRef($S))\n", ReferencedTypes.TYPE_REFERENCE, member.name());
    }
    return code.add(".build()").unindent().unindent().build();
  }

  /**
   * A type resolver for an interface or union: the first of {@code candidates} whose Java type the
   * value is an instance of, most specific first; no reflection. A value of none of them is a field
   * error, not a failed request. Returns the statement that registers it.
   */
  private static CodeBlock addTypeResolver(
      ClassName module, String abstractType, List<ObjectTypeModel> candidates, NameAllocator names, TypeSpec.Builder type) {
    MethodSpec.Builder resolve =
        MethodSpec.methodBuilder(names.newName("resolve" + upperFirst(abstractType)))
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
    return CodeBlock.of("contribution.typeResolver($S, $T::$N)", abstractType, module, method);
  }

  private static CodeBlock enumType(EnumTypeModel enumType) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.newEnum()\n", ReferencedTypes.ENUM_TYPE).indent().indent();
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
    return code.add(".build()").unindent().unindent().build();
  }

  /** A field that takes no arguments and is not deprecated: a row of a plain object's table. */
  private static boolean isPlain(FieldModel field) {
    return field.arguments().isEmpty() && field.deprecationReason() == null;
  }

  /** {@code field(name, description, "Type", arguments…)}; a deprecated field through the builder. */
  private static CodeBlock fieldDefinition(FieldModel field) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.field($S, $L, $S", SCHEMA_ELEMENTS, field.name(), text(field.description()), TypeCode.sdl(field.type()));
    for (ArgumentModel argument : field.arguments()) {
      code.add(",$W$L", argument(argument));
    }
    CodeBlock definition = code.add(")").build();
    if (field.deprecationReason() == null) {
      return definition;
    }
    return CodeBlock.of("$T.newFieldDefinition($L).deprecate($S).build()", ReferencedTypes.FIELD_DEFINITION, definition, field.deprecationReason());
  }

  private static CodeBlock argument(ArgumentModel argument) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.argument($S, $L, $S", SCHEMA_ELEMENTS, argument.name(), text(argument.description()), TypeCode.sdl(argument.type()));
    if (argument.defaultValue() != null) {
      code.add(", $L", TypeCode.literal(argument.defaultValue()));
    }
    return code.add(")").build();
  }

  private static CodeBlock text(@Nullable String text) {
    return text == null ? CodeBlock.of("null") : CodeBlock.of("$S", text);
  }

  static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static String upperFirst(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
