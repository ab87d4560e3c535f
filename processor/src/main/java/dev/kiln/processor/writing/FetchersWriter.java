package dev.kiln.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.Conversion;
import dev.kiln.processor.model.FetcherHost;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.Invocation;
import dev.kiln.processor.model.Invocation.Receiver;
import dev.kiln.processor.model.ParameterBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>_Fetchers}: one graphql-java {@code LightDataFetcher} per field, each calling
 * the user's member directly, and a {@code register} method that hands them to the runtime.
 */
public final class FetchersWriter {
  private static final TypeName OBJECT = ClassName.get(Object.class);

  private FetchersWriter() {}

  public static JavaFile write(FetcherHost host) {
    ClassName fetchers = host.fetchersClass();
    ClassName owner = host.javaType();
    MethodSpec.Builder register =
        MethodSpec.methodBuilder("register")
            .addJavadoc("Registers the data fetchers of the fields that {@link $T} serves.\n", owner)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ReferencedTypes.SCHEMA_CONTRIBUTION, "contribution");
    if (host.instanceConstructible() != null) {
      register.addStatement(
          host.instanceConstructible()
              ? CodeBlock.of("$T instance = contribution.instance($T.class, $T::new)", owner, owner, owner)
              : CodeBlock.of("$T instance = contribution.instance($T.class, null)", owner, owner));
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(fetchers)
            .addJavadoc("Data fetchers for the GraphQL fields that {@link $T} serves.\n", owner)
            .addAnnotation(AnnotationSpec.builder(ReferencedTypes.GENERATED).addMember("value", "$S", ReferencedTypes.PROCESSOR).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addOriginatingElement(host.source());
    for (FieldModel field : host.fields()) {
      TypeSpec fetcher = fetcher(field);
      type.addType(fetcher);
      boolean needsInstance = receiver(field) == Receiver.INSTANCE;
      register.addStatement(
          "contribution.dataFetcher($T.coordinates($S, $S), new $N($L))",
          ReferencedTypes.FIELD_COORDINATES,
          field.parentType(),
          field.name(),
          fetcher,
          needsInstance ? "instance" : "");
    }
    type.addMethod(register.build());
    return JavaFile.builder(fetchers.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static TypeSpec fetcher(FieldModel field) {
    Invocation invocation = field.invocation();
    ClassName owner = invocation.owner();
    String name = ModuleWriter.upperFirst(field.parentType()) + ModuleWriter.upperFirst(field.name()) + "Fetcher";
    TypeSpec.Builder fetcher =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ReferencedTypes.LIGHT_DATA_FETCHER, OBJECT));
    if (receiver(field) == Receiver.INSTANCE) {
      fetcher.addField(owner, "instance", Modifier.PRIVATE, Modifier.FINAL);
      fetcher.addMethod(
          MethodSpec.constructorBuilder()
              .addParameter(owner, "instance")
              .addStatement("this.instance = instance")
              .build());
    }
    MethodSpec.Builder light =
        MethodSpec.methodBuilder("get")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(OBJECT)
            .addParameter(ReferencedTypes.FIELD_DEFINITION, "fieldDefinition")
            .addParameter(OBJECT, "source")
            .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class), ReferencedTypes.ENVIRONMENT), "environment")
            .addException(Exception.class);
    if (needsEnvironment(invocation)) {
      light.addStatement("$T env = environment.get()", ReferencedTypes.ENVIRONMENT);
    }
    List<String> suppressed = new ArrayList<>();
    if (hasUncheckedCast(invocation)) {
      suppressed.add("unchecked");
    }
    if (field.deprecationReason() != null) {
      suppressed.add("deprecation");
    }
    if (!suppressed.isEmpty()) {
      fetcher.addAnnotation(suppressWarnings(suppressed));
    }
    light.addStatement("return $L", call(invocation));
    fetcher.addMethod(light.build());
    fetcher.addMethod(
        MethodSpec.methodBuilder("get")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(OBJECT)
            .addParameter(ReferencedTypes.ENVIRONMENT, "environment")
            .addException(Exception.class)
            .addStatement("return get(environment.getFieldDefinition(), environment.getSource(), () -> environment)")
            .build());
    return fetcher.build();
  }

  private static CodeBlock call(Invocation invocation) {
    if (invocation instanceof Invocation.ReadField read) {
      return CodeBlock.of("(($T) source).$N", read.owner(), read.fieldName());
    }
    Invocation.CallMethod call = (Invocation.CallMethod) invocation;
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < call.parameters().size(); i++) {
      arguments.add(i == 0 ? "" : ", ").add(argument(call.parameters().get(i)));
    }
    return switch (call.receiver()) {
      case SOURCE -> CodeBlock.of("(($T) source).$N($L)", call.owner(), call.methodName(), arguments.build());
      case STATIC -> CodeBlock.of("$T.$N($L)", call.owner(), call.methodName(), arguments.build());
      case INSTANCE -> CodeBlock.of("instance.$N($L)", call.methodName(), arguments.build());
    };
  }

  private static CodeBlock argument(ParameterBinding binding) {
    if (binding instanceof ParameterBinding.Context context) {
      return context.type().equals(OBJECT)
          ? CodeBlock.of("$T.context(env)", ReferencedTypes.FETCHER_SUPPORT)
          : CodeBlock.of("($T) $T.context(env)", context.type(), ReferencedTypes.FETCHER_SUPPORT);
    }
    if (binding instanceof ParameterBinding.Environment) {
      return CodeBlock.of("env");
    }
    ParameterBinding.Argument argument = (ParameterBinding.Argument) binding;
    String name = argument.argument().name();
    return convert(argument.argument().conversion(), CodeBlock.of("env.getArguments().get($S)", name), name, 0);
  }

  /** The expression that converts {@code value} as {@code conversion} says. */
  static CodeBlock convert(Conversion conversion, CodeBlock value, String argument, int depth) {
    if (conversion instanceof Conversion.Cast cast) {
      return CodeBlock.of("($T) $L", cast.type(), value);
    }
    if (conversion instanceof Conversion.Narrow narrow) {
      return CodeBlock.of("$T.$N($L, $S)", ReferencedTypes.FETCHER_SUPPORT, narrow.method(), value, argument);
    }
    if (conversion instanceof Conversion.PrimitiveArray array) {
      return CodeBlock.of("$T.$N($L)", ReferencedTypes.FETCHER_SUPPORT, array.method(), value);
    }
    if (conversion instanceof Conversion.OptionalOf optional) {
      return CodeBlock.of("$T.ofNullable($L)", Optional.class, convert(optional.inner(), value, argument, depth));
    }
    String element = "e" + depth;
    if (conversion instanceof Conversion.ObjectArray array) {
      return CodeBlock.of(
          "$T.mapArray($L, $N -> $L, $T::new)",
          ReferencedTypes.FETCHER_SUPPORT,
          value,
          element,
          convert(array.element(), CodeBlock.of("$N", element), argument, depth + 1),
          ArrayTypeName.of(array.componentType()));
    }
    Conversion.Collection collection = (Conversion.Collection) conversion;
    if (collection.element() instanceof Conversion.Cast && collection.kind() != Conversion.CollectionKind.SET) {
      return CodeBlock.of("($T) $L", collection.collectionType(), value);
    }
    return CodeBlock.of(
        "$T.$N($L, $N -> $L)",
        ReferencedTypes.FETCHER_SUPPORT,
        collection.kind() == Conversion.CollectionKind.SET ? "mapSet" : "mapList",
        value,
        element,
        convert(collection.element(), CodeBlock.of("$N", element), argument, depth + 1));
  }

  static AnnotationSpec suppressWarnings(List<String> warnings) {
    CodeBlock values =
        warnings.size() == 1
            ? CodeBlock.of("$S", warnings.get(0))
            : CodeBlock.of("{$L}", warnings.stream().map(w -> CodeBlock.of("$S", w)).collect(CodeBlock.joining(", ")));
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$L", values).build();
  }

  private static Receiver receiver(FieldModel field) {
    return field.invocation() instanceof Invocation.CallMethod call ? call.receiver() : Receiver.SOURCE;
  }

  private static boolean needsEnvironment(Invocation invocation) {
    return invocation instanceof Invocation.CallMethod call && !call.parameters().isEmpty();
  }

  private static boolean hasUncheckedCast(Invocation invocation) {
    return invocation instanceof Invocation.CallMethod call
        && call.parameters().stream()
            .anyMatch(
                p -> (p instanceof ParameterBinding.Context c && !c.type().equals(OBJECT))
                    || (p instanceof ParameterBinding.Argument a && !(a.argument().conversion() instanceof Conversion.Cast)));
  }
}
