package dev.kiln.runtime;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before anything runs, an operation deeper, with more aliases or with more root fields
 * than allowed, more than one {@code __schema} or {@code __type} field, and variables nested deeper
 * than allowed; each refusal is a GraphQL error that names the limit. Fragments count where they
 * are spread: an aliased field in a fragment spread twenty times is twenty aliases.
 */
final class QueryLimits extends SimplePerformantInstrumentation {
  /**
   * How many {@code __schema} and how many {@code __type} fields an operation may select, counted
   * where fragments are spread: graphql-java's good-faith introspection allows one of each, but
   * does not look inside fragments.
   */
  static final int MAX_INTROSPECTION_ROOTS = 1;


  private final int maxDepth;
  private final int maxAliases;
  private final int maxRootFields;
  private final int maxInputDepth;

  QueryLimits(int maxDepth, int maxAliases, int maxRootFields, int maxInputDepth) {
    this.maxDepth = maxDepth;
    this.maxAliases = maxAliases;
    this.maxRootFields = maxRootFields;
    this.maxInputDepth = maxInputDepth;
  }

  /**
   * graphql-java coerces variables recursively, so variables nested a few thousand levels deep
   * overflow the stack; they are measured first, without recursion, before anything is parsed.
   */
  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    int depth = depth(parameters.getExecutionInput().getRawVariables().toMap(), maxInputDepth);
    if (depth > maxInputDepth) {
      throw exceeded(
          "maxInputDepth",
          maxInputDepth,
          "The variables are nested more than " + maxInputDepth + " levels deep; the limit (maxInputDepth) is " + maxInputDepth + ".");
    }
    return super.beginExecution(parameters, state);
  }

  /** How deep {@code value}'s maps and lists nest, counting up to just past {@code limit}. */
  private static int depth(Object value, int limit) {
    Deque<Map.Entry<Object, Integer>> pending = new ArrayDeque<>();
    pending.push(Map.entry(value, 0));
    int deepest = 0;
    while (!pending.isEmpty()) {
      Map.Entry<Object, Integer> next = pending.pop();
      int depth = next.getValue();
      deepest = Math.max(deepest, depth);
      if (deepest > limit) {
        return deepest;
      }
      Collection<?> children =
          next.getKey() instanceof Map<?, ?> map ? map.values() : next.getKey() instanceof Collection<?> list ? list : List.of();
      for (Object child : children) {
        if (child instanceof Map<?, ?> || child instanceof Collection<?>) {
          pending.push(Map.entry(child, depth + 1));
        }
      }
    }
    return deepest;
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    check(parameters.getExecutionContext());
    return super.beginExecuteOperation(parameters, state);
  }

  /**
   * Refuses the operation if it has more root fields, depth or aliases than allowed. The answer
   * depends on the document alone, not on variables.
   */
  void check(ExecutionContext context) {
    Measure measure = new Measure(context.getFragmentsByName());
    SelectionSet root = context.getOperationDefinition().getSelectionSet();
    int rootFields = measure.fields(root, new HashSet<>());
    int depth = measure.depth(root, new HashSet<>());
    if (rootFields > maxRootFields) {
      throw exceeded("maxRootFields", maxRootFields, "The operation asks for " + rootFields + " root fields; the limit (maxRootFields) is " + maxRootFields + ".");
    }
    if (depth > maxDepth) {
      throw exceeded("maxDepth", maxDepth, "The operation is " + depth + " fields deep; the limit (maxDepth) is " + maxDepth + ".");
    }
    if (measure.aliases > maxAliases) {
      throw exceeded("maxAliases", maxAliases, "The operation has " + measure.aliases + " aliases; the limit (maxAliases) is " + maxAliases + ".");
    }
    long introspection = Math.max(measure.schemaFields, measure.typeFields);
    if (introspection > MAX_INTROSPECTION_ROOTS) {
      String field = measure.schemaFields > MAX_INTROSPECTION_ROOTS ? "__schema" : "__type";
      throw exceeded(
          "maxIntrospectionRoots",
          MAX_INTROSPECTION_ROOTS,
          "The operation selects \"" + field + "\" " + introspection + " times, fragments spread; the limit (maxIntrospectionRoots) is " + MAX_INTROSPECTION_ROOTS + ".");
    }
  }

  private static AbortExecutionException exceeded(String limit, int value, String message) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", KilnErrorClassification.QUERY_LIMIT.name());
    extensions.put("limit", limit);
    extensions.put("max", value);
    GraphQLError error =
        new GraphQLError() {
          @Override
          public String getMessage() {
            return message;
          }

          @Override
          public @Nullable List<SourceLocation> getLocations() {
            return null;
          }

          @Override
          public ErrorClassification getErrorType() {
            return KilnErrorClassification.QUERY_LIMIT;
          }

          @Override
          public Map<String, Object> getExtensions() {
            return extensions;
          }
        };
    return new AbortExecutionException(List.of(error));
  }

  /**
   * Walks an operation's selections, spreading fragments; validation has refused fragment cycles.
   * What a fragment holds counts each time it is spread, and is measured once: a fragment spread
   * twice in each of many levels costs the walk its size, not two to the power of the levels.
   */
  private static final class Measure {
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Tally> measured = new HashMap<>();
    long aliases;
    long schemaFields;
    long typeFields;

    Measure(Map<String, FragmentDefinition> fragments) {
      this.fragments = fragments;
    }

    /** What a fragment adds wherever it is spread. */
    private record Tally(int depth, long aliases, long schemaFields, long typeFields) {}

    /** The fields selected at this level, fragments spread. */
    int fields(SelectionSet set, Set<String> spreading) {
      int count = 0;
      for (Selection<?> selection : set.getSelections()) {
        if (selection instanceof Field) {
          count++;
        } else if (selection instanceof InlineFragment inline) {
          count += fields(inline.getSelectionSet(), spreading);
        } else if (selection instanceof FragmentSpread spread && spreading.add(spread.getName())) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          count += fragment == null ? 0 : fields(fragment.getSelectionSet(), spreading);
          spreading.remove(spread.getName());
        }
      }
      return count;
    }

    /** The deepest chain of fields below this level, counting aliases and introspection roots as it goes. */
    int depth(@Nullable SelectionSet set, Set<String> spreading) {
      if (set == null) {
        return 0;
      }
      int deepest = 0;
      for (Selection<?> selection : set.getSelections()) {
        int depth = 0;
        if (selection instanceof Field field) {
          count(field);
          depth = 1 + depth(field.getSelectionSet(), spreading);
        } else if (selection instanceof InlineFragment inline) {
          depth = depth(inline.getSelectionSet(), spreading);
        } else if (selection instanceof FragmentSpread spread) {
          depth = spread(spread.getName(), spreading);
        }
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    }

    private void count(Field field) {
      aliases = add(aliases, field.getAlias() != null ? 1 : 0);
      schemaFields = add(schemaFields, field.getName().equals("__schema") ? 1 : 0);
      typeFields = add(typeFields, field.getName().equals("__type") ? 1 : 0);
    }

    private int spread(String name, Set<String> spreading) {
      Tally known = measured.get(name);
      if (known == null) {
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null || !spreading.add(name)) {
          return 0;
        }
        long aliasesBefore = aliases;
        long schemaBefore = schemaFields;
        long typeBefore = typeFields;
        int depth = depth(fragment.getSelectionSet(), spreading);
        spreading.remove(name);
        measured.put(name, new Tally(depth, aliases - aliasesBefore, schemaFields - schemaBefore, typeFields - typeBefore));
        return depth;
      }
      aliases = add(aliases, known.aliases());
      schemaFields = add(schemaFields, known.schemaFields());
      typeFields = add(typeFields, known.typeFields());
      return known.depth();
    }

    private static long add(long a, long b) {
      long sum = a + b;
      return sum < 0 ? Long.MAX_VALUE : sum;
    }
  }
}
