package dev.kiln.runtime;

import dev.kiln.runtime.spi.FieldCost;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.InputValueWithState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The estimated cost of one operation: each field costs its weight plus the cost of its
 * selections, times the size of the list it returns. Fragments count where they are spread. A
 * field of an abstract type costs what its most expensive possible object type costs, since each
 * value is of one type. Introspection fields cost nothing; fields that {@code @skip} or {@code
 * @include} leave out cost nothing. Arithmetic saturates at {@link Long#MAX_VALUE}. A negative
 * slicing argument is refused as a validation error.
 *
 * <p>The cost of a selection set is kept per type, so a fragment spread many times, or fragments
 * spreading each other twice over many levels, is computed once per type: the work grows with the
 * document's size, not with the size of the result it describes.
 */
final class OperationCost {
  private static final Set<String> DEFAULT_SLICING_ARGUMENTS = Set.of("first", "last", "limit");

  private final GraphQLSchema schema;
  private final Map<FieldCoordinates, FieldCost> costs;
  private final int assumedListSize;
  private final Map<String, FragmentDefinition> fragments;
  private final CoercedVariables variables;
  private final Map<SelectionSet, Map<String, Long>> memo = new IdentityHashMap<>();
  private boolean readVariables;

  OperationCost(
      GraphQLSchema schema,
      Map<FieldCoordinates, FieldCost> costs,
      int assumedListSize,
      Map<String, FragmentDefinition> fragments,
      CoercedVariables variables) {
    this.schema = schema;
    this.costs = costs;
    this.assumedListSize = assumedListSize;
    this.fragments = fragments;
    this.variables = variables;
  }

  long of(OperationDefinition operation) {
    GraphQLObjectType root =
        switch (operation.getOperation()) {
          case QUERY -> schema.getQueryType();
          case MUTATION -> schema.getMutationType();
          case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    return root == null ? 0 : selections(operation.getSelectionSet(), root);
  }

  /**
   * Whether {@link #of} read a variable, as a slicing argument or a {@code @skip}/{@code @include}
   * condition; if not, the cost is the same whatever variables a request sends.
   */
  boolean readVariables() {
    return readVariables;
  }

  /** The cost of {@code set} selected on a value of {@code type}: for an abstract type, its dearest possible type's. */
  private long selections(SelectionSet set, GraphQLCompositeType type) {
    List<GraphQLObjectType> possible = possibleTypes(type);
    if (possible.isEmpty()) {
      return memoised(set, type);
    }
    long dearest = 0;
    for (GraphQLObjectType object : possible) {
      dearest = Math.max(dearest, memoised(set, object));
    }
    return dearest;
  }

  private List<GraphQLObjectType> possibleTypes(GraphQLCompositeType type) {
    if (type instanceof GraphQLObjectType object) {
      return List.of(object);
    }
    if (type instanceof GraphQLInterfaceType iface) {
      List<GraphQLObjectType> implementations = schema.getImplementations(iface);
      return implementations == null ? List.of() : implementations;
    }
    List<GraphQLObjectType> members = new ArrayList<>();
    if (type instanceof GraphQLUnionType union) {
      union.getTypes().forEach(member -> members.add((GraphQLObjectType) member));
    }
    return members;
  }

  private long memoised(SelectionSet set, GraphQLCompositeType type) {
    Map<String, Long> byType = memo.computeIfAbsent(set, s -> new HashMap<>());
    Long known = byType.get(type.getName());
    if (known != null) {
      return known;
    }
    long cost = 0;
    for (Selection<?> selection : set.getSelections()) {
      cost = add(cost, selection(selection, type));
    }
    byType.put(type.getName(), cost);
    return cost;
  }

  private long selection(Selection<?> selection, GraphQLCompositeType type) {
    if (selection instanceof DirectivesContainer<?> container && !included(container)) {
      return 0;
    }
    if (selection instanceof Field field) {
      return field(field, type);
    }
    if (selection instanceof InlineFragment inline) {
      return applies(inline.getTypeCondition(), type) ? memoised(inline.getSelectionSet(), type) : 0;
    }
    if (selection instanceof FragmentSpread spread) {
      FragmentDefinition fragment = fragments.get(spread.getName());
      boolean applies = fragment != null && applies(fragment.getTypeCondition(), type);
      return applies ? memoised(fragment.getSelectionSet(), type) : 0;
    }
    return 0;
  }

  private boolean applies(@Nullable TypeName condition, GraphQLCompositeType type) {
    if (condition == null || condition.getName().equals(type.getName())) {
      return true;
    }
    GraphQLType conditionType = schema.getType(condition.getName());
    boolean abstractCondition = conditionType instanceof GraphQLInterfaceType || conditionType instanceof GraphQLUnionType;
    return abstractCondition
        && type instanceof GraphQLObjectType object
        && schema.isPossibleType((GraphQLNamedType) conditionType, object);
  }

  private long field(Field field, GraphQLCompositeType parent) {
    if (field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)) {
      return 0;
    }
    GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
    if (definition == null) {
      return 0;
    }
    FieldCost registered = costs.get(FieldCoordinates.coordinates(parent.getName(), field.getName()));
    GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(definition.getType());
    int weight = registered != null ? registered.getWeight() : named instanceof GraphQLCompositeType ? 1 : 0;
    long multiplier = multiplier(field, definition, registered);
    if (multiplier == 0) {
      return 0;
    }
    long inner = weight;
    if (field.getSelectionSet() != null && named instanceof GraphQLCompositeType composite) {
      inner = add(inner, selections(field.getSelectionSet(), composite));
    }
    return multiply(multiplier, inner);
  }

  /**
   * 1 for a field that is not a list; else the size of the list: its largest slicing argument,
   * else its assumed size. Each further level of a list of lists multiplies by the assumed size.
   */
  private long multiplier(Field field, GraphQLFieldDefinition definition, @Nullable FieldCost registered) {
    GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
    if (!(type instanceof GraphQLList list)) {
      return 1;
    }
    long multiplier = listSize(field, definition, registered);
    type = GraphQLTypeUtil.unwrapNonNull(list.getWrappedType());
    while (type instanceof GraphQLList inner) {
      multiplier = multiply(multiplier, assumedSize(registered));
      type = GraphQLTypeUtil.unwrapNonNull(inner.getWrappedType());
    }
    return multiplier;
  }

  private long listSize(Field field, GraphQLFieldDefinition definition, @Nullable FieldCost registered) {
    Long largest = null;
    for (String name : slicingArguments(definition, registered)) {
      GraphQLArgument argument = definition.getArgument(name);
      Long value = argument == null ? null : argumentValue(field, argument);
      if (value != null && value < 0) {
        throw negative(field, name, value);
      }
      if (value != null && (largest == null || value > largest)) {
        largest = value;
      }
    }
    return largest != null ? largest : assumedSize(registered);
  }

  /**
   * A negative slicing argument is an error rather than an empty list: Relay's Cursor Connections
   * specification says so of {@code first} and {@code last} (section 4.3, "Pagination algorithm":
   * "If first is less than 0: Throw an error"), and without it the field's subtree would be priced
   * at nothing.
   */
  private static AbortExecutionException negative(Field field, String argument, long value) {
    SourceLocation location = field.getSourceLocation();
    GraphQLError error =
        GraphqlErrorBuilder.newError()
            .message("The argument \"" + argument + "\" of the field \"" + field.getName() + "\" is " + value + "; it slices a list, so it must not be negative.")
            .locations(location == null ? null : List.of(location))
            .errorType(ErrorType.ValidationError)
            .extensions(Map.of("classification", "ValidationError", "argument", argument))
            .build();
    return new AbortExecutionException(List.of(error));
  }

  private long assumedSize(@Nullable FieldCost registered) {
    Integer declared = registered == null ? null : registered.getAssumedListSize();
    return declared != null ? declared : assumedListSize;
  }

  private static List<String> slicingArguments(GraphQLFieldDefinition definition, @Nullable FieldCost registered) {
    if (registered != null) {
      return registered.getSlicingArguments();
    }
    List<String> names = new ArrayList<>();
    for (GraphQLArgument argument : definition.getArguments()) {
      boolean isInt = GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLScalarType scalar && scalar.getName().equals("Int");
      if (isInt && DEFAULT_SLICING_ARGUMENTS.contains(argument.getName())) {
        names.add(argument.getName());
      }
    }
    return names;
  }

  /** The value the operation gives the argument, as a literal, a variable or by default; null if none. */
  private @Nullable Long argumentValue(Field field, GraphQLArgument argument) {
    Value<?> given = givenValue(field, argument.getName());
    if (given != null) {
      return number(given);
    }
    InputValueWithState defaultValue = argument.getArgumentDefaultValue();
    if (defaultValue.isLiteral()) {
      return number(defaultValue.getValue());
    }
    return defaultValue.getValue() instanceof Number n ? Long.valueOf(n.longValue()) : null;
  }

  /**
   * The argument's value in the document, or null if it is absent or a variable the request does
   * not provide: then, as in execution, the argument's default applies.
   */
  private @Nullable Value<?> givenValue(Field field, String name) {
    for (Argument argument : field.getArguments()) {
      if (!argument.getName().equals(name)) {
        continue;
      }
      boolean variable = argument.getValue() instanceof VariableReference;
      readVariables |= variable;
      boolean unprovided = variable && !variables.containsKey(((VariableReference) argument.getValue()).getName());
      return unprovided ? null : argument.getValue();
    }
    return null;
  }

  private @Nullable Long number(@Nullable Object value) {
    if (value instanceof VariableReference reference) {
      readVariables = true;
      return variables.get(reference.getName()) instanceof Number n ? n.longValue() : null;
    }
    if (value instanceof IntValue literal) {
      BigInteger integer = literal.getValue();
      return integer.bitLength() < 64 ? integer.longValue() : integer.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    return null;
  }

  /** Whether {@code @skip} and {@code @include} keep the selection. */
  private boolean included(DirectivesContainer<?> container) {
    for (Directive directive : container.getDirectives()) {
      boolean skip = directive.getName().equals("skip");
      if ((skip || directive.getName().equals("include")) && condition(directive) == skip) {
        return false;
      }
    }
    return true;
  }

  /** The directive's {@code if}; if it cannot be read, the value that keeps the selection, so it counts. */
  private boolean condition(Directive directive) {
    Argument condition = directive.getArgument("if");
    Value<?> value = condition == null ? null : condition.getValue();
    if (value instanceof BooleanValue literal) {
      return literal.isValue();
    }
    if (value instanceof VariableReference reference) {
      readVariables = true;
      if (variables.get(reference.getName()) instanceof Boolean given) {
        return given;
      }
    }
    return directive.getName().equals("include");
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static long multiply(long a, long b) {
    if (a != 0 && b > Long.MAX_VALUE / a) {
      return Long.MAX_VALUE;
    }
    return a * b;
  }
}
