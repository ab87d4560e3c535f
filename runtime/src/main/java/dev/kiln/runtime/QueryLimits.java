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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Refuses, before anything runs, an operation deeper, with more aliases or with more root fields
 * than allowed, and variables nested deeper than allowed; each refusal is a GraphQL error that
 * names the limit. Fragments count where they are spread.
 */
final class QueryLimits extends SimplePerformantInstrumentation {
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
  }

  private static AbortExecutionException exceeded(String limit, int value, String message) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", "QUERY_LIMIT");
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
            return ErrorClassification.errorClassification("QUERY_LIMIT");
          }

          @Override
          public Map<String, Object> getExtensions() {
            return extensions;
          }
        };
    return new AbortExecutionException(List.of(error));
  }

  /** Walks an operation's selections, spreading fragments; validation has refused fragment cycles. */
  private static final class Measure {
    private final Map<String, FragmentDefinition> fragments;
    private final Set<Field> aliased = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    int aliases;

    Measure(Map<String, FragmentDefinition> fragments) {
      this.fragments = fragments;
    }

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

    /** The deepest chain of fields below this level, counting aliases as it goes. */
    int depth(@Nullable SelectionSet set, Set<String> spreading) {
      if (set == null) {
        return 0;
      }
      int deepest = 0;
      for (Selection<?> selection : set.getSelections()) {
        int depth = 0;
        if (selection instanceof Field field) {
          if (field.getAlias() != null && aliased.add(field)) {
            aliases++;
          }
          depth = 1 + depth(field.getSelectionSet(), spreading);
        } else if (selection instanceof InlineFragment inline) {
          depth = depth(inline.getSelectionSet(), spreading);
        } else if (selection instanceof FragmentSpread spread && spreading.add(spread.getName())) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          depth = fragment == null ? 0 : depth(fragment.getSelectionSet(), spreading);
          spreading.remove(spread.getName());
        }
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    }
  }
}
