package dev.kiln.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
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
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code <Class>_Fetchers}: one class for all the fields a class serves, a {@code
 * FieldFetchers} whose {@code fetch} switches on the field's index and calls the user's member
 * directly, and a {@code register} method that hands the fields to the runtime. A class with
 * batched fields is also their {@code BatchedFields}. The fields that only read their source are
 * not here but in their package's {@code _PropertyReads} ({@link FetcherPlan}).
 *
 * <p>No generated name comes from a field's name unless a {@link NameAllocator} made it, so no two
 * fields can clash; a {@code switch} has at most {@value #CASES_PER_SWITCH} cases, as Dagger's
 * switching providers.
 */
public final class FetchersWriter {
  private static final TypeName OBJECT = ClassName.get(Object.class);
  static final int CASES_PER_SWITCH = 100;
  private static final TypeName ENVIRONMENT_SUPPLIER = ParameterizedTypeName.get(ClassName.get(Supplier.class), ReferencedTypes.ENVIRONMENT);
  private static final ClassName FIELD_FETCHERS = ClassName.get(ReferencedTypes.RUNTIME_SPI, "FieldFetchers");
  private static final ClassName BATCHED_FIELDS = ClassName.get(ReferencedTypes.RUNTIME_SPI, "BatchedFields");

  private FetchersWriter() {}

  public static JavaFile write(FetcherHost host) {
    ClassName fetchers = host.fetchersClass();
    ClassName owner = host.javaType();
    List<FieldModel> fields = host.fields();
    List<FieldModel> batched = fields.stream().filter(f -> f.invocation() instanceof Invocation.Batched).toList();
    boolean needsInstance = fields.stream().anyMatch(FetchersWriter::needsInstance);
    Map<ClassName, String> policyNames = AuthorizationCode.policyNames(fields);

    TypeSpec.Builder type =
        TypeSpec.classBuilder(fetchers)
            .addJavadoc("Data fetchers for the GraphQL fields that {@link $T} serves.\n", owner)
            .addAnnotation(ReferencedTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(FIELD_FETCHERS)
            .addOriginatingElement(host.source());
    if (!batched.isEmpty()) {
      type.addSuperinterface(BATCHED_FIELDS);
    }
    List<String> suppressed = suppressedWarnings(fields, policyNames);
    if (!suppressed.isEmpty()) {
      type.addAnnotation(suppressWarnings(suppressed));
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    List<CodeBlock> constructorArguments = new ArrayList<>();
    if (needsInstance) {
      type.addField(owner, "instance", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(owner, "instance").addStatement("this.instance = instance");
      constructorArguments.add(CodeBlock.of("instance"));
    }
    policyNames.forEach(
        (policy, name) -> {
          type.addField(policy, name, Modifier.PRIVATE, Modifier.FINAL);
          constructor.addParameter(policy, name).addStatement("this.$N = $N", name, name);
          constructorArguments.add(CodeBlock.of("$N", name));
        });
    type.addMethod(constructor.build());

    MethodSpec.Builder register =
        registerMethod(CodeBlock.of("Registers the data fetchers of the fields that {@link $T} serves.\n", owner), owner, needsInstance ? host.instanceConstructible() : null);
    AuthorizationCode.registerPolicies(register, fields, policyNames);
    register.addStatement("$T fetchers = new $T($L)", fetchers, fetchers, CodeBlock.join(constructorArguments, ", "));
    register.addStatement("contribution.dataFetchers(fetchers, 0, $L)", coordinates(fields));
    if (!batched.isEmpty()) {
      CodeBlock names =
          batched.stream().map(f -> CodeBlock.of("$S", ((Invocation.Batched) f.invocation()).loaderName())).collect(CodeBlock.joining(", "));
      register.addStatement("contribution.batchedFields(fetchers, $L)", names);
    }
    type.addMethod(register.build());

    NameAllocator names = new NameAllocator();
    List.of("fetch", "load", "register", "instance").forEach(names::newName);
    policyNames.values().forEach(names::newName);
    List<CodeBlock> cases = new ArrayList<>();
    for (FieldModel field : fields) {
      cases.add(fetchCase(field, host.sourceType(), policyNames, names, type));
    }
    addSwitch(type, "fetch", fetchParameters(), OBJECT, true, cases, "field", CodeBlock.of("field, source, environment"));
    if (!batched.isEmpty()) {
      List<CodeBlock> loads = batched.stream().map(FetchersWriter::loadCase).toList();
      addSwitch(type, "load", loadParameters(), BatchResults.stageOfList(OBJECT), false, loads, "field", CodeBlock.of("field, keys, environment"));
    }
    return JavaFile.builder(fetchers.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static boolean needsInstance(FieldModel field) {
    Invocation invocation = field.invocation();
    if (invocation instanceof Invocation.Batched batched) {
      return batched.call().receiver() == Receiver.INSTANCE;
    }
    return invocation instanceof Invocation.CallMethod call && call.receiver() == Receiver.INSTANCE;
  }

  /** {@code "Type.field", …} of {@code fields}, in order. */
  private static CodeBlock coordinates(List<FieldModel> fields) {
    return fields.stream().map(f -> CodeBlock.of("$S", f.parentType() + "." + f.name())).collect(CodeBlock.joining(", "));
  }

  private static List<String> suppressedWarnings(List<FieldModel> fields, Map<ClassName, String> policyNames) {
    List<String> suppressed = new ArrayList<>();
    boolean unchecked =
        fields.stream()
            .anyMatch(
                f -> AuthorizationCode.unchecked(f)
                    || (f.invocation() instanceof Invocation.CallMethod call && Parameters.uncheckedCast(call.parameters()))
                    || (f.invocation() instanceof Invocation.Batched batched && Parameters.uncheckedCast(batched.call().parameters())));
    if (unchecked) {
      suppressed.add("unchecked");
    }
    if (fields.stream().anyMatch(f -> f.deprecationReason() != null)) {
      suppressed.add("deprecation");
    }
    return suppressed;
  }

  /**
   * The expression of a field's case in {@code fetch}: the call itself when it needs nothing but
   * its source, else a call of a private method, named by {@code names}, that gets the environment
   * and runs the field's checks first.
   */
  private static CodeBlock fetchCase(
      FieldModel field, TypeName sourceType, Map<ClassName, String> policyNames, NameAllocator names, TypeSpec.Builder type) {
    Invocation invocation = field.invocation();
    if (!needsEnvironment(invocation) && field.authorization().isEmpty()) {
      return call(invocation, sourceType);
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(names.newName(field.name()))
            .addModifiers(Modifier.PRIVATE)
            .returns(OBJECT)
            .addParameters(fetchParameters().subList(1, 3))
            .addException(Exception.class)
            .addStatement("$T env = environment.get()", ReferencedTypes.ENVIRONMENT);
    AuthorizationCode.addChecks(method, field, policyNames);
    method.addStatement("return $L", call(invocation, sourceType));
    MethodSpec built = method.build();
    type.addMethod(built);
    return CodeBlock.of("$N(source, environment)", built);
  }

  private static List<ParameterSpec> fetchParameters() {
    return List.of(
        ParameterSpec.builder(TypeName.INT, "field").build(),
        ParameterSpec.builder(OBJECT, "source").build(),
        ParameterSpec.builder(ENVIRONMENT_SUPPLIER, "environment").build());
  }

  private static List<ParameterSpec> loadParameters() {
    return List.of(
        ParameterSpec.builder(TypeName.INT, "field").build(),
        ParameterSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), ReferencedTypes.BATCH_KEY), "keys").build(),
        ParameterSpec.builder(ReferencedTypes.BATCH_LOADER_ENVIRONMENT, "environment").build());
  }

  /**
   * Adds {@code name}, the {@code @Override} that returns {@code cases.get(field)}; past {@value
   * #CASES_PER_SWITCH} cases, it switches on the block of cases, each block a private method.
   */
  private static void addSwitch(
      TypeSpec.Builder type,
      String name,
      List<ParameterSpec> parameters,
      TypeName returns,
      boolean throwsException,
      List<CodeBlock> cases,
      String index,
      CodeBlock arguments) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns).addParameters(parameters);
    if (throwsException) {
      method.addException(Exception.class);
    }
    if (cases.size() <= CASES_PER_SWITCH) {
      type.addMethod(method.addCode(switchOver(index, cases, 0)).build());
      return;
    }
    List<CodeBlock> blocks = new ArrayList<>();
    for (int first = 0; first < cases.size(); first += CASES_PER_SWITCH) {
      MethodSpec.Builder block = MethodSpec.methodBuilder(name + (first / CASES_PER_SWITCH)).addModifiers(Modifier.PRIVATE).returns(returns).addParameters(parameters);
      if (throwsException) {
        block.addException(Exception.class);
      }
      MethodSpec built = block.addCode(switchOver(index, cases.subList(first, Math.min(cases.size(), first + CASES_PER_SWITCH)), first)).build();
      type.addMethod(built);
      blocks.add(CodeBlock.of("$N($L)", built, arguments));
    }
    type.addMethod(method.addCode(switchOver(index + " / " + CASES_PER_SWITCH, blocks, 0)).build());
  }

  /** {@code return switch (index) { case first -> …; … };} */
  private static CodeBlock switchOver(String index, List<CodeBlock> cases, int first) {
    CodeBlock.Builder code = CodeBlock.builder().add("return switch ($L) {\n", index).indent();
    for (int i = 0; i < cases.size(); i++) {
      code.add("case $L -> $L;\n", first + i, cases.get(i));
    }
    code.add("default -> throw new $T($S + $L);\n", IllegalArgumentException.class, "No field number ", "field");
    return code.unindent().add("};\n").build();
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
  private static CodeBlock loadCase(FieldModel field) {
    Invocation.Batched batched = (Invocation.Batched) field.invocation();
    CodeBlock results =
        BatchResults.inKeyOrder(batched.result(), batched.async(), call(batched.call(), Parameters.CallSite.BATCH), "sources", batched.loaderName());
    return CodeBlock.of(
        "$T.<$T>batchedField(keys, environment, (sources, arguments, loaders) -> $L)", ReferencedTypes.LOADER_SUPPORT, batched.sourceType(), results);
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
