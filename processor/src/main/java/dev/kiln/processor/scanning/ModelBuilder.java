package dev.kiln.processor.scanning;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.annotations.BatchLoader;
import dev.kiln.annotations.Context;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLScalar;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.GraphQLUnion;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import dev.kiln.annotations.Mutation;
import dev.kiln.annotations.OneOf;
import dev.kiln.annotations.Query;
import dev.kiln.annotations.Source;
import dev.kiln.annotations.Subscription;
import dev.kiln.processor.diagnostics.AnnotationMirrors;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.EnumTypeModel;
import dev.kiln.processor.model.FetcherHost;
import dev.kiln.processor.model.CustomScalarModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.InputTypeModel;
import dev.kiln.processor.model.InterfaceTypeModel;
import dev.kiln.processor.model.UnionTypeModel;
import dev.kiln.processor.model.Invocation;
import dev.kiln.processor.model.Invocation.Receiver;
import dev.kiln.processor.model.Literal;
import dev.kiln.processor.model.LoaderHost;
import dev.kiln.processor.model.LoaderModel;
import dev.kiln.processor.model.LoaderModel.ResultShape;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.ParameterBinding;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.model.UpstreamModule;
import dev.kiln.processor.scanning.TypeMapper.Direction;
import dev.kiln.processor.scanning.TypeMapper.Mapped;
import dev.kiln.processor.scanning.TypeMapper.Use;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads the annotated elements of a compilation into a {@link SchemaModel}. Reports each element it
 * cannot model and leaves it out, so that one compile reports every mistake.
 */
public final class ModelBuilder {
  static final String DEFAULT_DEPRECATION_REASON = "No longer supported";
  private static final String ENVIRONMENT_TYPE = "graphql.schema.DataFetchingEnvironment";
  private static final String SELECTION_SET_TYPE = "graphql.schema.DataFetchingFieldSelectionSet";
  private static final String DEFAULT_MODULE_NAME = "KilnSchemaModule";

  private final Elements elements;
  private final DocComments docTrees;
  private final javax.lang.model.util.Types types;
  /** The generic type's use being modelled, whose members' types are seen through it; or null. */
  private @Nullable DeclaredType currentInstance;
  private final @Nullable String contextType;
  private final Diagnostics diagnostics;
  private final TypeRegistry registry = new TypeRegistry();
  private final TypeMapper mapper;
  private final Map<TypeElement, List<FieldModel>> fieldsByHost = new LinkedHashMap<>();
  private final Map<String, List<FieldModel>> resolverFieldsByType = new LinkedHashMap<>();
  private final Map<TypeElement, List<LoaderModel>> loadersByHost = new LinkedHashMap<>();
  private final Carriers carriers;
  private final Authorizations authorizations;
  private ContextTypes contextTypes = ContextTypes.none();

  /**
   * @param contextType the qualified name of the request context's type, whose parameters receive
   *     the context without {@code @Context}; {@code null} if not configured
   */
  public ModelBuilder(ProcessingEnvironment environment, Diagnostics diagnostics, @Nullable String contextType, Carriers carriers) {
    this.contextType = contextType;
    this.types = environment.getTypeUtils();
    this.elements = environment.getElementUtils();
    this.docTrees = DocComments.of(environment);
    this.diagnostics = diagnostics;
    this.mapper = new TypeMapper(diagnostics, registry);
    this.carriers = carriers;
    this.authorizations = new Authorizations(environment, diagnostics, contextType, carriers);
  }

  /**
   * Builds the model of everything annotated in {@code round}.
   *
   * @param moduleName the qualified name of the module class to generate, or {@code null} to put
   *     {@code KilnSchemaModule} in the package all types share
   */
  public SchemaModel build(RoundEnvironment round, @Nullable String moduleName) {
    contextTypes = ContextTypes.of(round, contextType);
    List<CustomScalarModel> customScalars = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(GraphQLScalar.class))) {
      CustomScalarModel scalar = customScalar(type);
      if (scalar != null) {
        customScalars.add(scalar);
        registry.customScalar(scalar.javaType().canonicalName(), scalar.name());
      }
    }
    customScalars.sort(Comparator.comparing(CustomScalarModel::name));
    List<ObjectTypeModel> objectTypes = new ArrayList<>();
    List<TypeElement> interfaces = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(GraphQLType.class))) {
      if (type.getKind() == ElementKind.INTERFACE) {
        interfaces.add(type);
        continue;
      }
      ObjectTypeModel objectType = objectType(type);
      if (objectType != null) {
        objectTypes.add(objectType);
      }
    }
    reportStrayFields(round);
    UntypedImplementations.report(round, diagnostics);
    reportMisplacedSources(round);
    resolverFields(round);
    objectTypes.replaceAll(this::withResolverFields);
    List<InterfaceTypeModel> interfaceTypes = new ArrayList<>();
    for (TypeElement type : interfaces) {
      InterfaceTypeModel interfaceType = interfaceType(type, objectTypes);
      if (interfaceType != null) {
        interfaceTypes.add(interfaceType);
      }
    }
    List<UnionTypeModel> unionTypes = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(GraphQLUnion.class))) {
      UnionTypeModel unionType = unionType(type, objectTypes);
      if (unionType != null) {
        unionTypes.add(unionType);
      }
    }
    interfaceTypes.sort(Comparator.comparing(InterfaceTypeModel::name));
    unionTypes.sort(Comparator.comparing(UnionTypeModel::name));
    List<FieldModel> queryFields = rootFields(round, Query.class, "Query");
    List<FieldModel> mutationFields = rootFields(round, Mutation.class, "Mutation");
    List<FieldModel> subscriptionFields = rootFields(round, Subscription.class, "Subscription");
    List<LoaderModel> loaders = loaders(round);
    objectTypes.addAll(genericInstances());
    List<EnumTypeModel> enumTypes = new ArrayList<>();
    List<InputTypeModel> inputTypes = new ArrayList<>();
    // Modelling an input type may meet more input types, in its fields.
    for (int modelled = 0; modelled < registry.inputs().size(); modelled++) {
      InputTypeModel inputType = inputType(registry.inputs().get(modelled));
      if (inputType != null) {
        inputTypes.add(inputType);
      }
    }
    inputTypes.sort(Comparator.comparing(InputTypeModel::name));
    for (TypeElement type : registry.enums()) {
      enumTypes.add(enumType(type));
    }
    objectTypes.sort(Comparator.comparing(ObjectTypeModel::name));
    enumTypes.sort(Comparator.comparing(EnumTypeModel::name));
    // An enum another module defines is that module's to contribute, and says nothing of where
    // this module's class belongs. A previous build of this module is no other module.
    List<UpstreamModule> indexed = UpstreamModules.read(elements);
    ClassName module =
        moduleClass(moduleName, objectTypes, enumTypes.stream().filter(e -> !definedBy(indexed, e)).toList());
    List<UpstreamModule> upstream = indexed.stream().filter(m -> !m.module().equals(module.canonicalName())).toList();
    enumTypes.removeIf(e -> definedBy(upstream, e));
    checkEnumsReachable(enumTypes, module);
    List<FetcherHost> hosts = hosts();
    authorizations.reportUnused(round);
    NodeTypes.Found nodes = new NodeTypes(diagnostics).read(round, objectTypes, List.of(queryFields, mutationFields, subscriptionFields));
    return new SchemaModel(
        module, objectTypes, enumTypes, interfaceTypes, unionTypes, customScalars, inputTypes, queryFields, mutationFields, subscriptionFields, hosts, loaders, loaderHosts(), upstream,
        nodes.nodeTypes(), nodes.arguments());
  }

  /**
   * Fields that {@code @Field} methods with a {@code @Source} parameter add to the source's type,
   * from resolver classes or from the type itself.
   */
  private void resolverFields(RoundEnvironment round) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(Field.class))) {
      if (hasSource(method) && !rootOrLoader(method)) {
        methods.add(method);
      }
    }
    methods.sort(Comparator.comparing((ExecutableElement m) -> ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString()));
    for (ExecutableElement method : methods) {
      resolverField(method);
    }
  }

  private void resolverField(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(method, annotationMirror(method, Field.class), Message.PRIVATE_MEMBER, "@Field", method.getSimpleName());
      return;
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (!reachableFromOwnPackage(owner)) {
      return;
    }
    List<VariableElement> sources = method.getParameters().stream().filter(p -> p.getAnnotation(Source.class) != null).map(p -> (VariableElement) p).toList();
    if (sources.size() > 1) {
      diagnostics.error(sources.get(1), annotationMirror(sources.get(1), Source.class), Message.DUPLICATE_SOURCE, method.getSimpleName());
      return;
    }
    VariableElement source = sources.get(0);
    boolean batched = PlainTypes.is(source.asType(), "java.util.List") && PlainTypes.arguments(source.asType()).size() == 1;
    TypeMirror sourceType = batched ? PlainTypes.arguments(source.asType()).get(0) : source.asType();
    String parentType =
        sourceType instanceof DeclaredType declared ? registry.objectTypeName((TypeElement) declared.asElement()) : null;
    if (parentType == null) {
      diagnostics.error(source, Message.SOURCE_TYPE, source.getSimpleName(), source.asType());
      return;
    }
    Receiver receiver = method.getModifiers().contains(Modifier.STATIC) ? Receiver.STATIC : Receiver.INSTANCE;
    FieldModel field = methodField(parentType, method, method.getAnnotation(Field.class).name(), receiver, batched ? sourceType : null);
    if (field != null) {
      resolverFieldsByType.computeIfAbsent(parentType, t -> new ArrayList<>()).add(field);
      fieldsByHost.computeIfAbsent(owner, t -> new ArrayList<>()).add(field);
    }
  }

  private ObjectTypeModel withResolverFields(ObjectTypeModel type) {
    List<FieldModel> added = resolverFieldsByType.get(type.name());
    if (added == null) {
      return type;
    }
    List<FieldModel> fields = new ArrayList<>(type.fields());
    fields.addAll(added);
    return new ObjectTypeModel(type.name(), type.description(), type.javaType(), List.copyOf(fields), type.interfaces(), type.source());
  }

  private void reportMisplacedSources(RoundEnvironment round) {
    for (Element parameter : round.getElementsAnnotatedWith(Source.class)) {
      Element method = parameter.getEnclosingElement();
      if (method.getAnnotation(Field.class) == null || rootOrLoader(method)) {
        diagnostics.error(
            parameter, annotationMirror(parameter, Source.class), Message.MISPLACED_SOURCE, parameter.getSimpleName(), method.getSimpleName());
      }
    }
  }

  private List<LoaderModel> loaders(RoundEnvironment round) {
    List<ExecutableElement> methods = new ArrayList<>(ElementFilter.methodsIn(round.getElementsAnnotatedWith(BatchLoader.class)));
    methods.sort(Comparator.comparing((ExecutableElement m) -> ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString()));
    LoaderBuilder builder = new LoaderBuilder(diagnostics, contextType);
    List<LoaderModel> loaders = new ArrayList<>();
    for (ExecutableElement method : methods) {
      if (method.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(method, annotationMirror(method, BatchLoader.class), Message.PRIVATE_MEMBER, "@BatchLoader", method.getSimpleName());
        continue;
      }
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (!reachableFromOwnPackage(owner)) {
        continue;
      }
      LoaderModel loader = builder.build(method);
      if (loader != null) {
        loaders.add(loader);
        loadersByHost.computeIfAbsent(owner, t -> new ArrayList<>()).add(loader);
      }
    }
    loaders.sort(Comparator.comparing(LoaderModel::name));
    return List.copyOf(loaders);
  }

  private List<LoaderHost> loaderHosts() {
    List<LoaderHost> hosts = new ArrayList<>();
    for (Map.Entry<TypeElement, List<LoaderModel>> entry : loadersByHost.entrySet()) {
      TypeElement type = entry.getKey();
      boolean needsInstance = entry.getValue().stream().anyMatch(l -> l.invocation().receiver() == Receiver.INSTANCE);
      hosts.add(new LoaderHost(ClassName.get(type), List.copyOf(entry.getValue()), needsInstance ? constructible(type) : null, type));
    }
    hosts.sort(Comparator.comparing(host -> host.javaType().canonicalName()));
    return hosts;
  }

  /** Whether the parameter has the configured context type, and so receives the context. */
  private boolean isContextType(VariableElement parameter) {
    return contextType != null && PlainTypes.is(parameter.asType(), contextType);
  }

  private static boolean hasSource(ExecutableElement method) {
    return method.getParameters().stream().anyMatch(p -> p.getAnnotation(Source.class) != null);
  }

  private static boolean rootOrLoader(Element method) {
    return method.getAnnotation(Query.class) != null
        || method.getAnnotation(Mutation.class) != null
        || method.getAnnotation(Subscription.class) != null
        || method.getAnnotation(BatchLoader.class) != null;
  }

  private static boolean definedBy(List<UpstreamModule> modules, EnumTypeModel enumType) {
    return modules.stream().anyMatch(m -> m.javaTypes().contains(enumType.javaType().canonicalName()));
  }

  private @Nullable ObjectTypeModel objectType(TypeElement type) {
    if (type.getKind() == ElementKind.ENUM) {
      registry.enumName(type);
      return null;
    }
    if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
      diagnostics.error(type, Message.GRAPHQL_TYPE_ON_INTERFACE, kindName(type), type.getSimpleName());
      return null;
    }
    if (!type.getTypeParameters().isEmpty()) {
      return null; // modelled per use, with its type arguments: see genericInstances
    }
    return objectType(type, registry.objectTypeName(type));
  }

  /** The object types of the generic types' uses, such as {@code PostPage} for {@code Page<Post>}. */
  private List<ObjectTypeModel> genericInstances() {
    List<ObjectTypeModel> instances = new ArrayList<>();
    // Modelling one use may meet another, in its fields.
    for (int modelled = 0; modelled < registry.genericInstances().size(); modelled++) {
      Map.Entry<String, DeclaredType> instance = registry.genericInstances().get(modelled);
      currentInstance = instance.getValue();
      ObjectTypeModel objectType = objectType((TypeElement) instance.getValue().asElement(), instance.getKey());
      currentInstance = null;
      if (objectType != null) {
        instances.add(objectType);
      }
    }
    return instances;
  }

  /** The type of {@code member} as seen through the generic type's use being modelled, if any. */
  private TypeMirror typeOf(Element member) {
    if (currentInstance == null || member.getModifiers().contains(Modifier.STATIC)) {
      return member.asType();
    }
    try {
      return types.asMemberOf(currentInstance, member);
    } catch (IllegalArgumentException notAMember) {
      return member.asType();
    }
  }

  private TypeMirror returnTypeOf(ExecutableElement method) {
    return typeOf(method) instanceof javax.lang.model.type.ExecutableType executable ? executable.getReturnType() : method.getReturnType();
  }

  private TypeMirror parameterTypeOf(VariableElement parameter) {
    if (parameter.getEnclosingElement() instanceof ExecutableElement method
        && typeOf(method) instanceof javax.lang.model.type.ExecutableType executable) {
      return executable.getParameterTypes().get(method.getParameters().indexOf(parameter));
    }
    return parameter.asType();
  }

  private @Nullable ObjectTypeModel objectType(TypeElement type, String name) {
    if (!reachableFromOwnPackage(type)) {
      return null;
    }
    List<FieldModel> fields = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      fields.addAll(recordComponentFields(type, name));
    }
    for (Element member : type.getEnclosedElements()) {
      FieldModel field = memberField(type, name, member);
      if (field != null) {
        fields.add(field);
      }
    }
    for (Element member : inheritedFieldMembers(type)) {
      FieldModel field = memberField(type, name, member);
      if (field != null) {
        fields.add(field);
      }
    }
    boolean anyDeclared =
        type.getEnclosedElements().stream().anyMatch(e -> e.getAnnotation(Field.class) != null)
            || type.getRecordComponents().stream().anyMatch(c -> c.getAnnotation(Ignore.class) == null);
    if (fields.isEmpty() && anyDeclared) {
      return null; // each declared field was reported already
    }
    if (fields.isEmpty()) {
      diagnostics.error(
          type, Message.EMPTY_TYPE, name, type.getKind() == ElementKind.RECORD ? " or remove @Ignore from a component" : "");
      return null;
    }
    fieldsByHost.computeIfAbsent(type, t -> new ArrayList<>()).addAll(fields);
    return new ObjectTypeModel(name, Javadoc.of(docTrees, elements, type).body(), ClassName.get(type), List.copyOf(fields), graphQLInterfaces(type), type);
  }

  /** An input type from a record: a field per component, in the order of the canonical constructor. */
  private @Nullable InputTypeModel inputType(TypeElement record) {
    if (!reachableFromOwnPackage(record)) {
      return null;
    }
    String typeName = registry.inputName(record);
    ExecutableElement constructor = InputConstructors.of(record);
    // A record's components carry its Javadoc @params; a class's constructor carries them.
    Javadoc doc = Javadoc.of(docTrees, elements, record);
    Javadoc constructorDoc = record.getKind() == ElementKind.RECORD ? doc : Javadoc.of(docTrees, elements, constructor);
    boolean nullMarked = Nullability.nullMarked(record);
    List<ArgumentModel> fields = new ArrayList<>();
    boolean mapped = true;
    List<Element> components =
        record.getKind() == ElementKind.RECORD ? List.copyOf(record.getRecordComponents()) : List.copyOf(constructor.getParameters());
    for (Element component : components) {
      String name = component.getSimpleName().toString();
      String what = "input field \"" + typeName + "." + name + "\"";
      String contextUse = contextTypes.contextUse(component.asType());
      if (contextUse != null) {
        diagnostics.error(
            component,
            Message.CONTEXT_AS_ARGUMENT,
            "Input field \"" + typeName + "." + name + "\"",
            component.asType(),
            contextUse,
            "Remove the field, and take the context as a @Context parameter of the field's method.");
        mapped = false;
        continue;
      }
      Mapped type = mapper.map(component.asType(), new Use(component, what, Direction.INPUT, component.getAnnotation(Id.class) != null, nullMarked));
      if (type == null) {
        mapped = false;
        continue;
      }
      DefaultValue defaultValue = component.getAnnotation(DefaultValue.class);
      Literal literal = null;
      if (defaultValue != null) {
        try {
          literal = Literals.parse(defaultValue.value());
        } catch (Literals.BadLiteralException e) {
          diagnostics.error(component, annotationMirror(component, DefaultValue.class), Message.DEFAULT_VALUE_SYNTAX, defaultValue.value(), name, e.getMessage());
          mapped = false;
          continue;
        }
      }
      fields.add(
          new ArgumentModel(
              name, constructorDoc.params().get(name), type.type(), type.conversion(), defaultValue == null ? null : defaultValue.value(), literal, component));
    }
    if (!mapped) {
      return null;
    }
    if (fields.isEmpty()) {
      diagnostics.error(record, Message.EMPTY_TYPE, typeName, " (a record with components, for an input type)");
      return null;
    }
    return new InputTypeModel(typeName, doc.body(), ClassName.get(record), List.copyOf(fields), record.getAnnotation(OneOf.class) != null, record);
  }

  private @Nullable CustomScalarModel customScalar(TypeElement type) {
    GraphQLScalar annotation = type.getAnnotation(GraphQLScalar.class);
    TypeMirror valueType = null;
    for (TypeMirror implemented : type.getInterfaces()) {
      if (PlainTypes.is(implemented, "graphql.schema.Coercing") && PlainTypes.arguments(implemented).size() == 2) {
        valueType = PlainTypes.arguments(implemented).get(0);
      }
    }
    String problem = null;
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = "is not a concrete class";
    } else if (!(valueType instanceof DeclaredType declared) || !declared.getTypeArguments().isEmpty()) {
      problem = "does not implement graphql.schema.Coercing<T, ?> with a concrete, non-generic T";
    } else if (!constructible(type) || !type.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "has no public no-argument constructor, or is not public";
    }
    if (problem != null) {
      diagnostics.error(type, AnnotationMirrors.find(type, GraphQLScalar.class), Message.SCALAR_COERCING, type.getSimpleName(), problem);
      return null;
    }
    TypeElement value = (TypeElement) ((DeclaredType) valueType).asElement();
    String name = annotation.name().isEmpty() ? value.getSimpleName().toString() : annotation.name();
    return new CustomScalarModel(
        name,
        Javadoc.of(docTrees, elements, type).body(),
        annotation.specifiedBy().isEmpty() ? null : annotation.specifiedBy(),
        ClassName.get(type),
        ClassName.get(value),
        type);
  }

  /** The GraphQL interfaces among the Java interfaces {@code type} implements, directly or not. */
  private List<String> graphQLInterfaces(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (TypeElement supertype : supertypes(type)) {
      if (supertype.getKind() == ElementKind.INTERFACE && supertype.getAnnotation(GraphQLType.class) != null) {
        names.add(registry.objectTypeName(supertype));
      }
    }
    return List.copyOf(names);
  }

  private @Nullable InterfaceTypeModel interfaceType(TypeElement type, List<ObjectTypeModel> objectTypes) {
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(type, Message.UNSUPPORTED_TYPE_PARAMETERS, type.getQualifiedName());
      return null;
    }
    if (!reachableFromOwnPackage(type)) {
      return null;
    }
    String name = registry.objectTypeName(type);
    List<FieldModel> fields = new ArrayList<>();
    List<Element> members = new ArrayList<>(type.getEnclosedElements());
    members.addAll(inheritedFieldMembers(type));
    for (Element member : members) {
      Field annotation = fieldAnnotation(type, member);
      if (annotation == null || !(member instanceof ExecutableElement method) || member.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      FieldModel field = methodField(name, method, annotation.name(), Receiver.SOURCE, null);
      if (field != null) {
        fields.add(field);
      }
    }
    if (fields.isEmpty()) {
      if (members.stream().noneMatch(m -> m.getAnnotation(Field.class) != null)) {
        diagnostics.error(type, Message.EMPTY_TYPE, name, "");
      }
      return null;
    }
    List<ObjectTypeModel> implementations = new ArrayList<>();
    for (ObjectTypeModel objectType : objectTypes) {
      if (supertypes(objectType.source()).contains(type)) {
        implementations.add(objectType);
      }
    }
    // The type resolver tries subclasses before the classes they extend.
    implementations.sort(
        Comparator.comparing((ObjectTypeModel t) -> -supertypes(t.source()).size()).thenComparing(ObjectTypeModel::name));
    return new InterfaceTypeModel(
        name, Javadoc.of(docTrees, elements, type).body(), ClassName.get(type), List.copyOf(fields), graphQLInterfaces(type), List.copyOf(implementations), type);
  }

  private @Nullable UnionTypeModel unionType(TypeElement type, List<ObjectTypeModel> objectTypes) {
    String name = registry.objectTypeName(type);
    if (type.getKind() != ElementKind.INTERFACE || !type.getModifiers().contains(Modifier.SEALED)) {
      diagnostics.error(type, AnnotationMirrors.find(type, GraphQLUnion.class), Message.UNION_NOT_SEALED, name, type.getSimpleName());
      return null;
    }
    List<ObjectTypeModel> members = new ArrayList<>();
    boolean allObjects = true;
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
      ObjectTypeModel objectType = objectTypes.stream().filter(t -> t.source().equals(member)).findFirst().orElse(null);
      if (objectType == null) {
        allObjects = false;
        if (member.getAnnotation(GraphQLType.class) == null || member.getKind() == ElementKind.INTERFACE || member.getKind() == ElementKind.ENUM) {
          diagnostics.error(type, Message.UNION_MEMBER, name, member.getQualifiedName());
        }
        continue;
      }
      members.add(objectType);
    }
    if (!allObjects) {
      return null;
    }
    if (!reachableFromOwnPackage(type)) {
      return null;
    }
    return new UnionTypeModel(name, Javadoc.of(docTrees, elements, type).body(), ClassName.get(type), List.copyOf(members), type);
  }

  private List<FieldModel> recordComponentFields(TypeElement record, String typeName) {
    Javadoc recordDoc = Javadoc.of(docTrees, elements, record);
    List<FieldModel> fields = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      if (component.getAnnotation(Ignore.class) != null) {
        continue;
      }
      Field annotation = component.getAnnotation(Field.class);
      String name = annotation != null && !annotation.name().isEmpty() ? annotation.name() : component.getSimpleName().toString();
      String description = "field \"" + typeName + "." + name + "\"";
      Mapped type =
          mapper.map(
              returnTypeOf(component.getAccessor()),
              new Use(component, description, Direction.OUTPUT, component.getAnnotation(Id.class) != null, Nullability.nullMarked(record)));
      if (type == null) {
        continue;
      }
      ExecutableElement accessor = component.getAccessor();
      fields.add(
          new FieldModel(
              typeName,
              name,
              recordDoc.params().get(component.getSimpleName().toString()),
              deprecation(component, Javadoc.of(docTrees, elements, accessor)),
              type.type(),
              List.of(),
              new Invocation.CallMethod(ClassName.get(record), accessor.getSimpleName().toString(), Receiver.SOURCE, List.of()),
              component));
    }
    return fields;
  }

  private @Nullable FieldModel memberField(TypeElement type, String typeName, Element member) {
    Field annotation = fieldAnnotation(type, member);
    if (annotation == null || member.getKind() == ElementKind.RECORD_COMPONENT || isRecordAccessor(type, member)) {
      return null;
    }
    TypeElement declaring = (TypeElement) member.getEnclosingElement();
    if (declaring != type
        && member.getModifiers().contains(Modifier.PROTECTED)
        && !elements.getPackageOf(declaring).equals(elements.getPackageOf(type))) {
      diagnostics.error(type, Message.INACCESSIBLE_MEMBER, member.getSimpleName(), type.getSimpleName(), declaring.getQualifiedName());
      return null;
    }
    if (member instanceof ExecutableElement method && hasSource(method)) {
      return null; // a resolver field, of the source's type
    }
    if (member.getAnnotation(Query.class) != null
        || member.getAnnotation(Mutation.class) != null
        || member.getAnnotation(Subscription.class) != null) {
      diagnostics.error(member, Message.CONFLICTING_ROOT, member.getSimpleName());
      return null;
    }
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(member, annotationMirror(member, Field.class), Message.PRIVATE_MEMBER, "@Field", member.getSimpleName());
      return null;
    }
    if (member.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(member, annotationMirror(member, Field.class), Message.STATIC_FIELD_MEMBER, member.getSimpleName());
      return null;
    }
    if (member.getKind() == ElementKind.FIELD) {
      return javaField(type, typeName, (VariableElement) member, annotation);
    }
    if (member.getKind() == ElementKind.METHOD) {
      ExecutableElement method = (ExecutableElement) member;
      // An inherited method is called on the type itself: the fetchers cast the source to it.
      return methodField(typeName, method, annotation.name(), Receiver.SOURCE, null);
    }
    return null;
  }

  private @Nullable FieldModel javaField(TypeElement type, String typeName, VariableElement field, Field annotation) {
    String name = annotation.name().isEmpty() ? field.getSimpleName().toString() : annotation.name();
    Javadoc doc = Javadoc.of(docTrees, elements, field);
    Mapped mapped =
        mapper.map(
            typeOf(field),
            new Use(field, "field \"" + typeName + "." + name + "\"", Direction.OUTPUT, field.getAnnotation(Id.class) != null, Nullability.nullMarked(field)));
    if (mapped == null) {
      return null;
    }
    return new FieldModel(
        typeName,
        name,
        doc.description(),
        deprecation(field, doc),
        mapped.type(),
        List.of(),
        new Invocation.ReadField(ClassName.get(type), field.getSimpleName().toString()),
        field);
  }

  /**
   * A field served by a method.
   *
   * @param batchedSource for a batched field, the type of each source in its {@code @Source List}
   */
  private @Nullable FieldModel methodField(
      String parentType, ExecutableElement method, String explicitName, Receiver receiver, @Nullable TypeMirror batchedSource) {
    String name = explicitName.isEmpty() ? Names.fieldName(method) : explicitName;
    String what = "field \"" + parentType + "." + name + "\"";
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      diagnostics.error(method, Message.VOID_FIELD, "Field method", method.getSimpleName());
      return null;
    }
    Javadoc doc = Javadoc.of(docTrees, elements, method);
    if (doc.description() == null && receiver == Receiver.SOURCE) {
      // An override without Javadoc keeps the Javadoc of the method it overrides.
      ExecutableElement overridden = overriddenFieldMethod((TypeElement) method.getEnclosingElement(), method);
      if (overridden != null) {
        doc = Javadoc.of(docTrees, elements, overridden);
      }
    }
    boolean nullMarked = Nullability.nullMarked(method);
    Use use = new Use(method, what, Direction.OUTPUT, method.getAnnotation(Id.class) != null, nullMarked);
    BatchedResult batched = batchedSource == null ? null : batchedResult(method, parentType + "." + name, batchedSource);
    Mapped result;
    if (batchedSource != null) {
      result = batched == null ? null : mapper.mapTypeArgument(batched.element(), use);
    } else if (parentType.equals("Subscription")) {
      TypeMirror event = subscriptionEvent(method);
      result = event == null ? null : mapper.mapTypeArgument(event, use);
    } else {
      result = mapper.map(returnTypeOf(method), use);
    }
    List<ArgumentModel> arguments = new ArrayList<>();
    List<ParameterBinding> bindings = new ArrayList<>();
    boolean parametersMapped = true;
    for (VariableElement parameter : method.getParameters()) {
      ParameterBinding binding = parameterBinding(parentType + "." + name, parameter, doc, nullMarked, batchedSource != null);
      if (binding == null) {
        parametersMapped = false;
        continue;
      }
      bindings.add(binding);
      if (binding instanceof ParameterBinding.Argument argument) {
        arguments.add(argument.argument());
      }
    }
    if (result == null || !parametersMapped) {
      return null;
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    Invocation.CallMethod call = new Invocation.CallMethod(ClassName.get(owner), method.getSimpleName().toString(), receiver, List.copyOf(bindings));
    Invocation invocation =
        batched == null
            ? call
            : new Invocation.Batched(call, parentType + "." + name, PlainTypes.of(batchedSource), batched.shape(), batched.async());
    return new FieldModel(
        parentType, name, doc.description(), deprecation(method, doc), result.type(), List.copyOf(arguments), invocation, method);
  }

  /** The result of a batched field's method: {@code List<R>} or {@code Map<Source, R>}, maybe in a future. */
  private @Nullable BatchedResult batchedResult(ExecutableElement method, String field, TypeMirror source) {
    TypeMirror type = method.getReturnType();
    TypeMirror futureValue = PlainTypes.futureValue(type);
    boolean async = futureValue != null;
    if (async) {
      type = futureValue;
    }
    List<? extends TypeMirror> arguments = PlainTypes.arguments(type);
    if (PlainTypes.is(type, "java.util.List") && arguments.size() == 1) {
      return new BatchedResult(ResultShape.LIST, arguments.get(0), async);
    }
    if (PlainTypes.is(type, "java.util.Map") && arguments.size() == 2 && PlainTypes.of(source).equals(PlainTypes.of(arguments.get(0)))) {
      return new BatchedResult(ResultShape.MAP, arguments.get(1), async);
    }
    String sourceName = ((DeclaredType) source).asElement().getSimpleName().toString();
    diagnostics.error(method, Message.BATCHED_FIELD_RESULT, field, method.getReturnType(), sourceName, sourceName);
    return null;
  }

  /** The type of the events a {@code @Subscription} method's publisher emits; reports if it is no publisher. */
  private @Nullable TypeMirror subscriptionEvent(ExecutableElement method) {
    TypeMirror type = method.getReturnType();
    boolean publisher =
        PlainTypes.is(type, "org.reactivestreams.Publisher") || PlainTypes.is(type, "java.util.concurrent.Flow.Publisher");
    if (publisher && PlainTypes.arguments(type).size() == 1) {
      return PlainTypes.arguments(type).get(0);
    }
    diagnostics.error(method, Message.SUBSCRIPTION_RESULT, method.getSimpleName(), type);
    return null;
  }

  private record BatchedResult(ResultShape shape, TypeMirror element, boolean async) {}

  private @Nullable ParameterBinding parameterBinding(
      String field, VariableElement parameter, Javadoc doc, boolean nullMarked, boolean batched) {
    String name = parameter.getSimpleName().toString();
    if (parameter.getAnnotation(Source.class) != null) {
      // Reported by reportMisplacedSources unless this is a resolver field's source.
      Element method = parameter.getEnclosingElement();
      return method.getAnnotation(Field.class) == null || rootOrLoader(method)
          ? null
          : new ParameterBinding.Source(TypeName.get(parameter.asType()).withoutAnnotations());
    }
    if (LoaderParameters.misplaced(parameter, diagnostics)) {
      return null;
    }
    if (LoaderParameters.isLoader(parameter)) {
      return LoaderParameters.binding(parameter, diagnostics);
    }
    if (parameter.getAnnotation(Context.class) != null || isContextType(parameter)) {
      for (Class<? extends java.lang.annotation.Annotation> other : List.of(Id.class, DefaultValue.class)) {
        if (parameter.getAnnotation(other) != null) {
          diagnostics.error(parameter, annotationMirror(parameter, other), Message.CONTEXT_WITH_ARGUMENT_ANNOTATION, name, "@" + other.getSimpleName());
          return null;
        }
      }
      return new ParameterBinding.Context(TypeName.get(parameter.asType()));
    }
    if (PlainTypes.is(parameter.asType(), ENVIRONMENT_TYPE) || PlainTypes.is(parameter.asType(), SELECTION_SET_TYPE)) {
      boolean environment = PlainTypes.is(parameter.asType(), ENVIRONMENT_TYPE);
      if (batched) {
        diagnostics.error(parameter, Message.BATCHED_FIELD_PARAMETER, name, field, environment ? "DataFetchingEnvironment" : "DataFetchingFieldSelectionSet");
        return null;
      }
      return environment ? new ParameterBinding.Environment() : new ParameterBinding.SelectionSet();
    }
    String what = "argument \"" + name + "\" of \"" + field + "\"";
    String contextUse = contextTypes.contextUse(parameterTypeOf(parameter));
    if (contextUse != null) {
      diagnostics.error(
          parameter, Message.CONTEXT_AS_ARGUMENT, "Parameter \"" + name + "\" of \"" + field + "\"", parameter.asType(), contextUse, "Annotate the parameter with @Context.");
      return null;
    }
    Mapped mapped =
        mapper.map(parameterTypeOf(parameter), new Use(parameter, what, Direction.INPUT, parameter.getAnnotation(Id.class) != null, nullMarked));
    if (mapped == null) {
      return null;
    }
    DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
    Literal literal = null;
    if (defaultValue != null) {
      try {
        literal = Literals.parse(defaultValue.value());
      } catch (Literals.BadLiteralException e) {
        diagnostics.error(parameter, annotationMirror(parameter, DefaultValue.class), Message.DEFAULT_VALUE_SYNTAX, defaultValue.value(), name, e.getMessage());
        return null;
      }
    }
    return new ParameterBinding.Argument(
        new ArgumentModel(
            name,
            doc.params().get(name),
            mapped.type(),
            mapped.conversion(),
            defaultValue == null ? null : defaultValue.value(),
            literal,
            parameter));
  }

  private List<FieldModel> rootFields(RoundEnvironment round, Class<? extends java.lang.annotation.Annotation> annotation, String rootType) {
    List<ExecutableElement> methods = new ArrayList<>(ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation)));
    methods.sort(Comparator.comparing((ExecutableElement m) -> ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString()));
    List<FieldModel> fields = new ArrayList<>();
    for (ExecutableElement method : methods) {
      FieldModel field = rootField(method, annotation, rootType);
      if (field != null) {
        fields.add(field);
        fieldsByHost.computeIfAbsent((TypeElement) method.getEnclosingElement(), t -> new ArrayList<>()).add(field);
      }
    }
    return fields;
  }

  private @Nullable FieldModel rootField(ExecutableElement method, Class<? extends java.lang.annotation.Annotation> annotation, String rootType) {
    long roots = Stream.of(Query.class, Mutation.class, Subscription.class).filter(root -> method.getAnnotation(root) != null).count();
    if (roots > 1) {
      if (annotation == Query.class || (annotation == Mutation.class && method.getAnnotation(Query.class) == null)) {
        diagnostics.error(method, Message.CONFLICTING_ROOT, method.getSimpleName());
      }
      return null;
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(method, annotationMirror(method, annotation), Message.PRIVATE_MEMBER, "@" + rootType, method.getSimpleName());
      return null;
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (!reachableFromOwnPackage(owner)) {
      return null;
    }
    String name =
        switch (rootType) {
          case "Query" -> method.getAnnotation(Query.class).name();
          case "Mutation" -> method.getAnnotation(Mutation.class).name();
          default -> method.getAnnotation(Subscription.class).name();
        };
    Receiver receiver = method.getModifiers().contains(Modifier.STATIC) ? Receiver.STATIC : Receiver.INSTANCE;
    return methodField(rootType, method, name, receiver, null);
  }

  private void reportStrayFields(RoundEnvironment round) {
    Set<Element> supertypesOfTypes = new java.util.HashSet<>();
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(GraphQLType.class))) {
      supertypesOfTypes.addAll(supertypes(type));
    }
    for (Element element : round.getElementsAnnotatedWith(Field.class)) {
      Element enclosing = element.getEnclosingElement();
      boolean inObjectType =
          enclosing instanceof TypeElement type
              && (type.getAnnotation(GraphQLType.class) != null || supertypesOfTypes.contains(type))
              && type.getKind() != ElementKind.ENUM;
      boolean resolver = element instanceof ExecutableElement method && hasSource(method);
      if (!inObjectType && !resolver) {
        diagnostics.error(element, annotationMirror(element, Field.class), Message.FIELD_OUTSIDE_TYPE, element.getSimpleName(), enclosing.getSimpleName());
      }
    }
  }

  private EnumTypeModel enumType(TypeElement type) {
    List<EnumTypeModel.Value> values = new ArrayList<>();
    for (Element constant : type.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      Javadoc doc = Javadoc.of(docTrees, elements, constant);
      String name = constant.getSimpleName().toString();
      values.add(new EnumTypeModel.Value(name, name, doc.description(), deprecation(constant, doc)));
    }
    String name = TypeRegistry.typeName(type, type.getAnnotation(GraphQLType.class));
    return new EnumTypeModel(name, Javadoc.of(docTrees, elements, type).body(), ClassName.get(type), List.copyOf(values), type);
  }

  private List<FetcherHost> hosts() {
    List<FetcherHost> hosts = new ArrayList<>();
    for (Map.Entry<TypeElement, List<FieldModel>> entry : fieldsByHost.entrySet()) {
      TypeElement type = entry.getKey();
      boolean needsInstance =
          entry.getValue().stream().anyMatch(f -> receiver(f.invocation()) == Receiver.INSTANCE);
      TypeName sourceType = ClassName.get(type);
      if (!type.getTypeParameters().isEmpty()) {
        TypeName[] wildcards = new TypeName[type.getTypeParameters().size()];
        java.util.Arrays.fill(wildcards, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
        sourceType = com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(type), wildcards);
      }
      List<FieldModel> fields = entry.getValue().stream().map(field -> authorizations.apply(type, field)).toList();
      hosts.add(new FetcherHost(ClassName.get(type), sourceType, fields, needsInstance ? constructible(type) : null, type));
    }
    hosts.sort(Comparator.comparing(host -> host.javaType().canonicalName()));
    return hosts;
  }

  private static Receiver receiver(Invocation invocation) {
    if (invocation instanceof Invocation.Batched batched) {
      return batched.call().receiver();
    }
    return invocation instanceof Invocation.CallMethod call ? call.receiver() : Receiver.SOURCE;
  }

  /**
   * The {@code @Field} of a member: its own, or, for a method that overrides an annotated method
   * without repeating the annotation, the overridden method's.
   */
  private @Nullable Field fieldAnnotation(TypeElement type, Element member) {
    Field own = member.getAnnotation(Field.class);
    if (own != null || !(member instanceof ExecutableElement method)) {
      return own;
    }
    ExecutableElement overridden = overriddenFieldMethod(type, method);
    return overridden == null ? null : overridden.getAnnotation(Field.class);
  }

  /** The nearest method of a supertype that {@code method} overrides and that is annotated {@code @Field}. */
  private @Nullable ExecutableElement overriddenFieldMethod(TypeElement type, ExecutableElement method) {
    return carriers.nearestAnnotated(type, method, Field.class);
  }

  /**
   * The {@code @Field} members that {@code type} inherits and does not override, nearest supertype
   * first, each in declaration order.
   */
  private List<Element> inheritedFieldMembers(TypeElement type) {
    Set<Element> visible = new java.util.HashSet<>(elements.getAllMembers(type));
    List<Element> inherited = new ArrayList<>();
    for (TypeElement supertype : supertypes(type)) {
      for (Element member : supertype.getEnclosedElements()) {
        if (member.getAnnotation(Field.class) != null && visible.contains(member) && !member.getModifiers().contains(Modifier.STATIC)) {
          inherited.add(member);
        }
      }
    }
    return inherited;
  }

  /** The classes and interfaces above {@code type}, nearest first, without {@code Object} and {@code Record}. */
  private List<TypeElement> supertypes(TypeElement type) {
    return carriers.supertypes(type);
  }

  /** Whether the generated code, in the class's own package, can call a no-argument constructor. */
  private static boolean constructible(TypeElement type) {
    if (type.getModifiers().contains(Modifier.ABSTRACT) || type.getKind() != ElementKind.CLASS) {
      return false;
    }
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
  }

  /** Generated classes live in the type's package: a private or inner (non-static) class is out of reach. */
  private boolean reachableFromOwnPackage(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(type, Message.INACCESSIBLE_TYPE, t.getQualifiedName(), "private", "Make it package-private or public.");
        return false;
      }
      if (t.getNestingKind() == NestingKind.MEMBER && t.getKind() == ElementKind.CLASS && !t.getModifiers().contains(Modifier.STATIC)) {
        diagnostics.error(type, Message.INACCESSIBLE_TYPE, t.getQualifiedName(), "an inner class", "Make it static.");
        return false;
      }
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        diagnostics.error(type, Message.INACCESSIBLE_TYPE, t.getQualifiedName(), "local", "Move it to the top level.");
        return false;
      }
    }
    return true;
  }

  /** The module defines the enums, so it must be able to name their constants. */
  private void checkEnumsReachable(List<EnumTypeModel> enums, ClassName module) {
    for (EnumTypeModel enumType : enums) {
      for (Element e = enumType.source(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
        boolean samePackage = elements.getPackageOf(t).getQualifiedName().contentEquals(module.packageName());
        if (!t.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
          diagnostics.error(
              enumType.source(),
              Message.INACCESSIBLE_TYPE,
              t.getQualifiedName(),
              "not public",
              "The generated module " + module.canonicalName() + " defines the enum, so make it public.");
          break;
        }
      }
    }
  }

  private ClassName moduleClass(@Nullable String moduleName, List<ObjectTypeModel> objectTypes, List<EnumTypeModel> enumTypes) {
    if (moduleName != null) {
      return ClassName.bestGuess(moduleName);
    }
    Set<String> packages = new TreeSet<>();
    objectTypes.forEach(t -> packages.add(t.javaType().packageName()));
    enumTypes.forEach(t -> packages.add(t.javaType().packageName()));
    fieldsByHost.keySet().forEach(t -> packages.add(elements.getPackageOf(t).getQualifiedName().toString()));
    loadersByHost.keySet().forEach(t -> packages.add(elements.getPackageOf(t).getQualifiedName().toString()));
    packages.remove("java.lang");
    String common = commonPackage(packages);
    return ClassName.get(common, DEFAULT_MODULE_NAME);
  }

  private static String commonPackage(Set<String> packages) {
    String common = null;
    for (String p : packages) {
      if (p.startsWith("java.")) {
        continue;
      }
      common = common == null ? p : commonPrefix(common, p);
    }
    return common == null ? "" : common;
  }

  private static String commonPrefix(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
      prefix.append(i == 0 ? "" : ".").append(left[i]);
    }
    return prefix.toString();
  }

  private @Nullable String deprecation(Element element, Javadoc doc) {
    if (!elements.isDeprecated(element)) {
      return null;
    }
    if (doc.deprecated() == null) {
      diagnostics.warning(element, Message.DEPRECATED_WITHOUT_REASON, describe(element));
      return DEFAULT_DEPRECATION_REASON;
    }
    return doc.deprecated();
  }

  private static String describe(Element element) {
    String kind =
        switch (element.getKind()) {
          case ENUM_CONSTANT -> "Enum value";
          case RECORD_COMPONENT -> "Record component";
          case FIELD -> "Field";
          default -> "Method";
        };
    return kind + " \"" + element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName() + "\"";
  }

  /** A record component's accessor or field, which carries the component's annotations. */
  private static boolean isRecordAccessor(TypeElement type, Element member) {
    if (type.getKind() != ElementKind.RECORD || member.getModifiers().contains(Modifier.STATIC)) {
      return false;
    }
    boolean accessor = member instanceof ExecutableElement method && method.getParameters().isEmpty();
    return (accessor || member.getKind() == ElementKind.FIELD)
        && type.getRecordComponents().stream().anyMatch(c -> c.getSimpleName().equals(member.getSimpleName()));
  }

  private static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "interface";
      case ANNOTATION_TYPE -> "annotation type";
      default -> type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  static @Nullable AnnotationMirror annotationMirror(Element element, Class<? extends java.lang.annotation.Annotation> annotation) {
    return AnnotationMirrors.find(element, annotation);
  }

}
