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
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

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
        registerMethod(CodeBlock.of("Registers the data fetchers of the fields that {@link $T} serves.\n", owner), owner, host.instanceConstructible());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(fetchers)
            .addJavadoc("Data fetchers for the GraphQL fields that {@link $T} serves.\n", owner)
            .addAnnotation(ReferencedTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addOriginatingElement(host.source());
    Map<ClassName, String> policyNames = AuthorizationCode.policyNames(host.fields());
    AuthorizationCode.registerPolicies(register, host.fields(), policyNames);
    for (FieldModel field : host.fields()) {
      TypeSpec fetcher = fetcher(field, host.sourceType(), policyNames);
      type.addType(fetcher);
      boolean needsInstance = field.invocation() instanceof Invocation.CallMethod call && call.receiver() == Receiver.INSTANCE;
      register.addStatement(
          "contribution.dataFetcher($T.coordinates($S, $S), new $N($L))",
          ReferencedTypes.FIELD_COORDINATES,
          field.parentType(),
          field.name(),
          fetcher,
          AuthorizationCode.constructorArguments(needsInstance, field, policyNames));
      if (field.invocation() instanceof Invocation.Batched batched) {
        TypeSpec loader = batchedFieldLoader(field, batched);
        type.addType(loader);
        register.addStatement(
            "contribution.dataLoader($S, options -> $T.newDataLoader($S, new $N($L), options))",
            batched.loaderName(),
            ReferencedTypes.DATA_LOADER_FACTORY,
            batched.loaderName(),
            loader,
            batched.call().receiver() == Receiver.INSTANCE ? "instance" : "");
      }
    }
    type.addMethod(register.build());
    return JavaFile.builder(fetchers.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /**
   * Whether the field only reads a Java field or a record component of its source, with no
   * authorization check: its fetcher is then a {@code PropertyRead}, which the deadline leaves
   * alone. A getter of a class is not one, as it may load data (a lazy ORM property, say).
   */
  private static boolean isPropertyRead(FieldModel field) {
    if (!field.authorization().isEmpty()) {
      return false;
    }
    if (field.invocation() instanceof Invocation.ReadField) {
      return true;
    }
    return field.source().getKind() == ElementKind.RECORD_COMPONENT
        && field.invocation() instanceof Invocation.CallMethod call
        && call.receiver() == Receiver.SOURCE
        && call.parameters().isEmpty();
  }

  private static TypeSpec fetcher(FieldModel field, TypeName sourceType, Map<ClassName, String> policyNames) {
    Invocation invocation = field.invocation();
    ClassName owner = invocation.owner();
    String name = ModuleWriter.upperFirst(field.parentType()) + ModuleWriter.upperFirst(field.name()) + "Fetcher";
    TypeSpec.Builder fetcher =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(
                ParameterizedTypeName.get(isPropertyRead(field) ? ReferencedTypes.PROPERTY_READ : ReferencedTypes.LIGHT_DATA_FETCHER, OBJECT));
    boolean needsInstance = invocation instanceof Invocation.CallMethod call && call.receiver() == Receiver.INSTANCE;
    if (!field.authorization().isEmpty()) {
      AuthorizationCode.addFields(fetcher, needsInstance ? owner : null, field, policyNames);
    } else if (needsInstance) {
      addInstance(fetcher, owner);
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
    if (needsEnvironment(invocation) || !field.authorization().isEmpty()) {
      light.addStatement("$T env = environment.get()", ReferencedTypes.ENVIRONMENT);
    }
    AuthorizationCode.addChecks(light, field, policyNames);
    List<String> suppressed = new ArrayList<>();
    if ((invocation instanceof Invocation.CallMethod call && Parameters.uncheckedCast(call.parameters())) || AuthorizationCode.unchecked(field)) {
      suppressed.add("unchecked");
    }
    if (field.deprecationReason() != null) {
      suppressed.add("deprecation");
    }
    if (!suppressed.isEmpty()) {
      fetcher.addAnnotation(suppressWarnings(suppressed));
    }
    light.addStatement("return $L", call(invocation, sourceType));
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

  private static CodeBlock call(Invocation invocation, TypeName sourceType) {
    if (invocation instanceof Invocation.ReadField read) {
      return CodeBlock.of("(($T) source).$N", sourceType, read.fieldName());
    }
    if (invocation instanceof Invocation.Batched batched) {
      return CodeBlock.of("$T.loadBatched(environment.get(), $S, source)", ReferencedTypes.LOADER_SUPPORT, batched.loaderName());
    }
    Invocation.CallMethod call = (Invocation.CallMethod) invocation;
    if (call.receiver() == Receiver.SOURCE) {
      return CodeBlock.of("(($T) source).$N($L)", sourceType, call.methodName(), Parameters.list(call.parameters(), Parameters.CallSite.FETCHER));
    }
    return call(call, Parameters.CallSite.FETCHER);
  }

  /** The call of a user's method, on its receiver, with the parameters the call site has. */
  static CodeBlock call(Invocation.CallMethod call, Parameters.CallSite site) {
    CodeBlock arguments = Parameters.list(call.parameters(), site);
    return switch (call.receiver()) {
      case SOURCE -> CodeBlock.of("(($T) source).$N($L)", call.owner(), call.methodName(), arguments);
      case STATIC -> CodeBlock.of("$T.$N($L)", call.owner(), call.methodName(), arguments);
      case INSTANCE -> CodeBlock.of("instance.$N($L)", call.methodName(), arguments);
    };
  }

  /**
   * The batch function of a batched field: it calls the user's method once per distinct set of
   * arguments, with the sources that share it, and puts the results in source order.
   */
  private static TypeSpec batchedFieldLoader(FieldModel field, Invocation.Batched batched) {
    Invocation.CallMethod call = batched.call();
    TypeSpec.Builder loader =
        TypeSpec.classBuilder(ModuleWriter.upperFirst(field.parentType()) + ModuleWriter.upperFirst(field.name()) + "Loader")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ReferencedTypes.BATCH_LOADER, ReferencedTypes.BATCH_KEY, OBJECT));
    if (call.receiver() == Receiver.INSTANCE) {
      addInstance(loader, call.owner());
    }
    List<String> suppressed = new ArrayList<>();
    if (Parameters.uncheckedCast(call.parameters())) {
      suppressed.add("unchecked");
    }
    if (field.deprecationReason() != null) {
      suppressed.add("deprecation");
    }
    if (!suppressed.isEmpty()) {
      loader.addAnnotation(suppressWarnings(suppressed));
    }
    CodeBlock results = BatchResults.inKeyOrder(batched.result(), batched.async(), FetchersWriter.call(call, Parameters.CallSite.BATCH), "sources", batched.loaderName());
    loader.addMethod(
        MethodSpec.methodBuilder("load")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(BatchResults.stageOfList(OBJECT))
            .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), ReferencedTypes.BATCH_KEY), "keys")
            .addParameter(ReferencedTypes.BATCH_LOADER_ENVIRONMENT, "environment")
            .addStatement(
                "return $T.<$T>batchedField(keys, environment, (sources, arguments, loaders) -> $L)",
                ReferencedTypes.LOADER_SUPPORT,
                batched.sourceType(),
                results)
            .build());
    return loader.build();
  }

  /**
   * The start of a generated {@code register(SchemaContribution)} method: it gets the instance of
   * {@code owner} that serves the calls, unless {@code constructible} is {@code null} (no call
   * needs one).
   */
  static MethodSpec.Builder registerMethod(CodeBlock javadoc, ClassName owner, @Nullable Boolean constructible) {
    MethodSpec.Builder register =
        MethodSpec.methodBuilder("register")
            .addJavadoc(javadoc)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ReferencedTypes.SCHEMA_CONTRIBUTION, "contribution");
    if (constructible != null) {
      register.addStatement(
          constructible
              ? CodeBlock.of("$T instance = contribution.instance($T.class, $T::new)", owner, owner, owner)
              : CodeBlock.of("$T instance = contribution.instance($T.class, null)", owner, owner));
    }
    return register;
  }

  /** A field holding the instance that serves the calls, and the constructor that sets it. */
  static void addInstance(TypeSpec.Builder type, ClassName owner) {
    type.addField(owner, "instance", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder().addParameter(owner, "instance").addStatement("this.instance = instance").build());
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
    if (conversion instanceof Conversion.Construct construct) {
      return CodeBlock.of("$T.from($L)", construct.converter(), value);
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

  private static boolean needsEnvironment(Invocation invocation) {
    return invocation instanceof Invocation.CallMethod call
        && call.parameters().stream().anyMatch(p -> !(p instanceof ParameterBinding.Source));
  }
}
