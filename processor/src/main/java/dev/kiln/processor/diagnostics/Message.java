package dev.kiln.processor.diagnostics;

/**
 * Kiln's message catalog. Each message has a stable id, shown as {@code [Kiln/Id]}, names the
 * offending thing in quotes and says how to fix it. The format arguments are filled in by {@link
 * Diagnostics}.
 */
public enum Message {
  PRIVATE_MEMBER(
      "PrivateMember",
      "%s \"%s\" is private, but the generated code calls it directly. Make it package-private or public."),
  INACCESSIBLE_TYPE(
      "InaccessibleType",
      "Type \"%s\" is %s, so the generated code cannot reach it. %s"),
  INACCESSIBLE_MEMBER(
      "InaccessibleMember",
      "@Field \"%s\" of \"%s\" is inherited from \"%s\", where it is protected, so the generated code in another package cannot call it. Make it public."),
  STATIC_FIELD_MEMBER(
      "StaticField",
      "@Field \"%s\" is static. @Field exposes members of an object; expose a static method as a root field with @Query or @Mutation."),
  FIELD_OUTSIDE_TYPE(
      "FieldOutsideType",
      "@Field \"%s\" is in \"%s\", which is not annotated @GraphQLType. Annotate the type with @GraphQLType, or use @Query or @Mutation for a root field."),
  CONFLICTING_ROOT(
      "ConflictingRoot",
      "Method \"%s\" has more than one of @Field, @Query, @Mutation and @Subscription. Keep one."),
  GRAPHQL_TYPE_ON_INTERFACE(
      "UnsupportedTypeKind",
      "@GraphQLType on %s \"%s\" is not supported: annotate a class, a record, an interface or an enum."),
  SCALAR_COERCING(
      "ScalarCoercing",
      "@GraphQLScalar \"%s\" %s. Annotate a public class that implements graphql.schema.Coercing<T, ?> with a concrete T and has a public no-argument constructor."),
  UNION_NOT_SEALED(
      "UnionNotSealed",
      "@GraphQLUnion \"%s\" is not a sealed interface. Declare it \"sealed interface %s permits …\" with the object types it unites."),
  UNION_MEMBER(
      "UnionMember",
      "Union \"%s\" permits \"%s\", which is not an object type: a union's members are @GraphQLType classes or records. Annotate it with @GraphQLType, or leave it out of the union."),
  INTERFACE_FIELD(
      "InterfaceField",
      "Type \"%s\" implements \"%s\", but has no field \"%s\", which \"%s\" declares (spec §3.6, IsValidImplementation: an implementation has a field of the same name for every field of the interface). Add the field, or do not hide it with @Ignore."),
  INTERFACE_FIELD_TYPE(
      "InterfaceFieldType",
      "Field \"%s\" is \"%s\", which cannot implement \"%s\" of type \"%s\" (spec §3.6, IsValidImplementationFieldType: an implementation's field has the interface field's type or a subtype of it: its non-null version, an object type that is a member of the union, a type that implements the interface, or a list of such subtypes). Give the field such a type."),
  INTERFACE_ARGUMENT(
      "InterfaceArgument",
      "Field \"%s\" has no argument \"%s\", which \"%s\" declares (spec §3.6, IsValidImplementation: an implementation's field has every argument of the interface's field). Take the argument \"%s: %s\", e.g. by naming the parameter as the interface does."),
  INTERFACE_ARGUMENT_TYPE(
      "InterfaceArgumentType",
      "Argument \"%s\" of \"%s\" is \"%s\", but \"%s\" declares it \"%s\" (spec §3.6, IsValidImplementation: arguments are invariant, of the same type as the interface's). Declare it as the interface does."),
  INTERFACE_REQUIRED_ARGUMENT(
      "InterfaceRequiredArgument",
      "Argument \"%s\" of \"%s\" is required (\"%s\" without a default), but \"%s\" has no such argument, so a query through the interface could not give it (spec §3.6, IsValidImplementation: an additional argument must not be required). Make it nullable, or give it a @DefaultValue."),
  UNTYPED_IMPLEMENTATION(
      "UntypedImplementation",
      "Class \"%s\" implements the GraphQL interface \"%s\" but is not annotated @GraphQLType, so a field of type \"%s\" that returns a %s fails with an error. Annotate it with @GraphQLType, or, if it never reaches GraphQL, keep it with @SuppressWarnings(\"kiln:UntypedImplementation\")."),
  UNSUPPORTED_TYPE(
      "UnsupportedType",
      "The type \"%s\" of %s has no GraphQL mapping: %s"),
  NOT_A_GRAPHQL_TYPE(
      "NotAGraphQLType",
      "The type \"%s\" of %s is not a GraphQL type. Annotate \"%s\" with @GraphQLType."),
  OBJECT_AS_INPUT(
      "OutputTypeAsInput",
      "The type \"%s\" of %s is an object type, which cannot be an argument. Take a record that is not annotated @GraphQLType: it becomes an input type."),
  ONE_OF_FIELD(
      "OneOfField",
      "Field \"%s\" of @OneOf input \"%s\" %s, but a client sets exactly one field of a @oneOf input, so every field is nullable and has no default (spec §3.10.1). %s"),
  INPUT_CYCLE(
      "InputCycle",
      "Input type \"%s\" needs itself through non-null fields (%s), so no value can be written for it (spec §3.10). Make one of the fields nullable or a list."),
  VOID_FIELD(
      "VoidField",
      "%s \"%s\" returns void, but a GraphQL field must have a value. Return the result, or a payload describing it."),
  ID_ON_UNSUPPORTED_TYPE(
      "UnsupportedId",
      "@Id on %s of type \"%s\": an ID must be a String, int, Integer, long, Long or UUID, or a list of them."),
  CONFLICTING_NULLABILITY(
      "ConflictingNullability",
      "%s is annotated both nullable and non-null. Keep one of the annotations."),
  DEFAULT_VALUE_SYNTAX(
      "DefaultValueSyntax",
      "@DefaultValue(\"%s\") of argument \"%s\" is not a GraphQL literal: %s. Write it as in a query, e.g. 10, \"text\", RED or [1, 2]."),
  DEFAULT_VALUE_TYPE(
      "DefaultValueType",
      "@DefaultValue(\"%s\") does not fit argument \"%s\" of type \"%s\": %s"),
  INVALID_NAME(
      "InvalidName",
      "\"%s\" is not a valid GraphQL name: names match /[_A-Za-z][_0-9A-Za-z]*/. Give a valid name with name = \"…\"."),
  RESERVED_NAME(
      "ReservedName",
      "\"%s\" starts with \"__\", which GraphQL reserves for introspection. Choose another name."),
  DUPLICATE_TYPE(
      "DuplicateType",
      "GraphQL type \"%s\" is defined by both \"%s\" and \"%s\". Rename one with @GraphQLType(name = \"…\")."),
  DUPLICATE_FIELD(
      "DuplicateField",
      "Field \"%s\" is defined twice on type \"%s\" (the other one is %s). Rename one with name = \"…\", or hide one with @Ignore."),
  RESERVED_TYPE_NAME(
      "ReservedTypeName",
      "Type name \"%s\" belongs to %s. Rename the type with @GraphQLType(name = \"…\")."),
  NO_QUERY_FIELD(
      "NoQueryField",
      "The schema has types but no @Query method, and a GraphQL schema needs a Query type with at least one field. Annotate a method with @Query."),
  EMPTY_TYPE(
      "EmptyType",
      "Type \"%s\" exposes no fields, and a GraphQL object type needs at least one. Annotate a member with @Field%s."),
  CONTEXT_WITH_ARGUMENT_ANNOTATION(
      "ContextParameter",
      "Parameter \"%s\" is the @Context, so it is not an argument and cannot have %s. Remove one of the annotations."),
  CONTEXT_AS_ARGUMENT(
      "ContextAsArgument",
      "%s has type \"%s\", which is the request context's type (as %s), but it is not the @Context, so it would be an argument that any client could set. %s"),
  INVALID_OPTION(
      "InvalidOption",
      "Option -A%s=%s is not valid: %s"),
  UNSUPPORTED_TYPE_PARAMETERS(
      "GenericType",
      "Type \"%s\" has type parameters, which Kiln does not map yet. Use a concrete type."),
  BATCH_LOADER_KEYS(
      "BatchLoaderKeys",
      "@BatchLoader \"%s\" must take its keys as its first parameter, as a List<K>, Set<K> or Collection<K> of a concrete key type%s."),
  BATCH_LOADER_RESULT(
      "BatchLoaderResult",
      "@BatchLoader \"%s\" returns \"%s\", but a batch loader returns Map<%s, V>, List<V> with one value per key in key order, or a CompletionStage of either, with a concrete value type V."),
  BATCH_LOADER_PARAMETER(
      "BatchLoaderParameter",
      "Parameter \"%s\" of @BatchLoader \"%s\" is neither the @Context nor a DataLoader<K, V>. After its keys, a batch loader takes only the @Context and other loaders."),
  BATCH_LOADER_OPTION(
      "BatchLoaderOption",
      "maxBatchSize = %d of @BatchLoader \"%s\" is negative. Use 0 for no limit, or a positive size."),
  DUPLICATE_LOADER(
      "DuplicateLoader",
      "Loader \"%s\" is defined by both \"%s\" and \"%s\". Rename one with @BatchLoader(name = \"…\")."),
  UNKNOWN_LOADER(
      "UnknownLoader",
      "No @BatchLoader named \"%s\" for parameter \"%s\"%s"),
  LOADER_TYPE_MISMATCH(
      "LoaderTypeMismatch",
      "Parameter \"%s\" is a DataLoader<%s, %s>, but loader \"%s\" loads DataLoader<%s, %s>. Declare the parameter as DataLoader<%s, %s>."),
  LOADER_PARAMETER_TYPE(
      "LoaderParameterType",
      "Parameter \"%s\" is \"%s\", which does not name concrete key and value types. Declare them, e.g. DataLoader<Integer, User>."),
  MISPLACED_LOADER(
      "MisplacedLoader",
      "@Loader on parameter \"%s\" of type \"%s\": @Loader names the loader that a DataLoader<K, V> parameter receives. Remove it, or declare the parameter as a DataLoader."),
  SOURCE_TYPE(
      "SourceType",
      "@Source parameter \"%s\" has type \"%s\", which is not an object type. The source is the object the field is added to: a @GraphQLType class or record, or a List of them for a batched field."),
  DUPLICATE_SOURCE(
      "DuplicateSource",
      "Method \"%s\" has more than one @Source parameter. Keep one: the object the field is resolved on."),
  MISPLACED_SOURCE(
      "MisplacedSource",
      "@Source on parameter \"%s\" of \"%s\", which is not a @Field method. Annotate the method with @Field (and not @Query, @Mutation or @BatchLoader) to add a field to the source's type."),
  BATCHED_FIELD_RESULT(
      "BatchedFieldResult",
      "Batched field \"%s\" returns \"%s\", but a method taking @Source List<%s> returns List<R> with one result per source in order, Map<%s, R>, or a CompletionStage of either."),
  BATCHED_FIELD_PARAMETER(
      "BatchedFieldParameter",
      "Parameter \"%s\" of batched field \"%s\" is a %s, but one call serves the field for many sources. Take the arguments, the @Context and loaders as parameters instead."),
  SUBSCRIPTION_RESULT(
      "SubscriptionResult",
      "@Subscription \"%s\" returns \"%s\", but a subscription returns its stream of events: an org.reactivestreams.Publisher<T> or a java.util.concurrent.Flow.Publisher<T>."),
  AUTHORIZED_WITHOUT_CHECK(
      "AuthorizedWithoutCheck",
      "@Authorized on \"%s\" names neither roles nor a policy, so it checks nothing. Add roles = {\"…\"}, policy = SomePolicy.class, or both."),
  DENIED_NULL_ON_NON_NULL(
      "DeniedNullOnNonNull",
      "@Authorized(denied = NULL) on \"%s\" applies to field \"%s\" of type \"%s\", which is non-null, so it cannot be null when denied. Make the field nullable, or use denied = ERROR."),
  POLICY_CLASS(
      "PolicyClass",
      "Policy \"%s\" of @Authorized on \"%s\" %s. Name a concrete class that the generated code can reach: public (or in the package of \"%s\"), top-level or static, and not abstract."),
  POLICY_TYPE_MISMATCH(
      "PolicyTypeMismatch",
      "Policy \"%s\" of @Authorized on \"%s\" is %s, but %s. Declare it AuthorizationPolicy<%s, %s>, or use another policy."),
  ROLES_WITHOUT_ROLE_HOLDER(
      "RolesWithoutRoleHolder",
      "@Authorized(roles = …) on \"%s\" checks the viewer's roles, but the context type \"%s\" does not implement dev.kiln.annotations.RoleHolder, so every request would be denied. Implement RoleHolder in \"%s\", or check with a policy."),
  AUTHORIZED_NOT_A_FIELD(
      "AuthorizedNotAField",
      "@Authorized on \"%s\" checks nothing: it is not a GraphQL field, nor a type with fields. Put it on a @Field, @Query, @Mutation or @Subscription member, a record component of a @GraphQLType, or a type that declares or exposes fields."),
  UNUSED_LOADER(
      "UnusedLoader",
      "Loader \"%s\" is declared, but no DataLoader parameter receives it, and it is not public, so no other compilation can. Remove it, or keep it with @SuppressWarnings(\"kiln:UnusedLoader\")."),
  NEGATIVE_COST(
      "NegativeCost",
      "@Cost(%d) on \"%s\" is negative. A weight is 0 or more: use @Cost(0) for a field that costs nothing."),
  MISPLACED_COST(
      "MisplacedCost",
      "@%s on \"%s\" has no effect: it is not %s. Put it on %s, or remove it."),
  LIST_SIZE_NOT_LIST(
      "ListSizeNotList",
      "@ListSize on field \"%s\" has no effect: the field returns \"%s\", which is not a list. Remove @ListSize, or put it on a field that returns a list."),
  NEGATIVE_LIST_SIZE(
      "NegativeListSize",
      "@ListSize(assumedSize = %d) on field \"%s\" is negative. Assume 0 or more elements, or leave assumedSize out to use the runtime's assumedListSize."),
  UNKNOWN_SLICING_ARGUMENT(
      "UnknownSlicingArgument",
      "@ListSize slicing argument \"%s\" is not an argument of field \"%s\"%s"),
  SLICING_ARGUMENT_NOT_INT(
      "SlicingArgumentNotInt",
      "@ListSize slicing argument \"%s\" of field \"%s\" is of type \"%s\", but a slicing argument bounds the size of the list. Make it an Int, or name another argument."),
  EMPTY_LIST_SIZE(
      "EmptyListSize",
      "@ListSize on field \"%s\" sets neither assumedSize nor slicingArguments, and the field has no Int argument named first, last or limit. Set assumedSize, or name the arguments that bound the list in slicingArguments."),
  DEPRECATED_WITHOUT_REASON(
      "DeprecatedWithoutReason",
      "%s is @Deprecated without a reason, so clients read \"No longer supported\". Say what to use instead in a @deprecated Javadoc tag."),
  MISSING_DESCRIPTION(
      "MissingDescription",
      "%s has no description, and -Akiln.requireDescriptions=true requires one for every element of the schema. Write a Javadoc comment for it."),
  BREAKING_CHANGE(
      "BreakingChange",
      "Breaking change at \"%s\", against the baseline schema %s: %s. Keep the schema compatible, or update the baseline if the break is intended."),
  DANGEROUS_CHANGE(
      "DangerousChange",
      "Dangerous change at \"%s\", against the baseline schema %s: %s. Check that clients handle it."),
  INVALID_OPERATION(
      "InvalidOperation",
      "%s: %s. Operations in -Akiln.operations.dir must be valid against the schema; correct the operation or the schema."),
  ANONYMOUS_OPERATION(
      "AnonymousOperation",
      "%s: This %s has no name, but persisted operations are told apart by name in logs. Name it, as in \"query BookTitles { … }\"."),
  DUPLICATE_OPERATION(
      "DuplicateOperation",
      "%s: Operation \"%s\" is also defined at %s, but operation names are unique across -Akiln.operations.dir. Rename one."),
  // Global IDs: @Node types and @Id(node = …) arguments.
  NODE_NOT_OBJECT(
      "NodeNotObject",
      "@Node on \"%s\", which is not an object type: Relay's Node interface is implemented by @GraphQLType classes and records. Annotate a @GraphQLType class or record, or remove @Node."),
  NODE_ID_COUNT(
      "NodeIdCount",
      "@Node type \"%s\" has %s, but it needs exactly one: its key, which its global ID encodes. Mark the one key member with @Id."),
  NODE_KEY_TYPE(
      "NodeKeyType",
      "@Id \"%s\" of @Node type \"%s\" has type \"%s\", which cannot be a node's key. Use String, int, Integer, long, Long or UUID."),
  NODE_ID_FIELD(
      "NodeIdField",
      "@Id \"%s\" of @Node type \"%s\" is the field \"%s: %s\", but the Node interface requires \"id: ID!\" (Relay's Global Object Identification). Name the field \"id\", e.g. with @Field(name = \"id\"), and make it non-null."),
  NODE_UNKNOWN_LOADER(
      "NodeUnknownLoader",
      "No @BatchLoader named \"%s\" for @Node type \"%s\"%s"),
  NODE_LOADER_TYPES(
      "NodeLoaderTypes",
      "@Node type \"%s\" loads with \"%s\", which loads DataLoader<%s, %s>, but node(id:) needs DataLoader<%s, %s>: keys of the @Id's type, values of the node type. Name a loader of those types."),
  ID_NODE_NOT_A_NODE(
      "IdNodeNotANode",
      "@Id(node = %s.class) on \"%s\": \"%s\" is not a @Node type, so it has no global IDs. Name a class annotated @Node, or remove node = …."),
  ID_NODE_KEY_MISMATCH(
      "IdNodeKeyMismatch",
      "Parameter \"%s\" has type \"%s\", but @Id(node = %s.class) decodes IDs to keys of type %s. Declare the parameter with that type, or a list of it."),
  ID_NODE_NOT_ARGUMENT(
      "IdNodeNotArgument",
      "@Id(node = %s.class) on \"%s\", which is not an argument of a field: only arguments take global IDs. The @Id member of a @Node type serves them without node = …; remove node = … here."),
  NODE_NAME_TAKEN(
      "NodeNameTaken",
      "%s \"%s\" clashes with Relay's Global Object Identification, which the @Node types add to the schema: the interface \"Node\" and the root fields \"node\" and \"nodes\". Rename it, e.g. with name = \"…\"."),
  WRITE_FAILED(
      "WriteFailed",
      "Could not write \"%s\": %s"),
  TIMINGS(
      "Timings",
      "Kiln read %,d types and wrote %,d files in %,d ms: %s.");

  private final String id;
  private final String format;

  Message(String id, String format) {
    this.id = id;
    this.format = format;
  }

  /** The stable id, as in {@code [Kiln/UnknownLoader]}. */
  public String id() {
    return id;
  }

  /** The text with its id, for the given arguments. */
  public String format(Object... arguments) {
    return "[Kiln/" + id + "] " + String.format(format, arguments);
  }
}
