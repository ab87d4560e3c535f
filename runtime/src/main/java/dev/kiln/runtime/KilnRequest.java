package dev.kiln.runtime;

import graphql.ExecutionInput;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One GraphQL request: the document, the operation to run, its variables and the request's context
 * object (the <i>viewer</i>, who is asking), which {@code @Context} parameters receive.
 */
public final class KilnRequest {

  /** The key under which the context object is kept in graphql-java's {@code GraphQLContext}. */
  public static final String CONTEXT_KEY = "dev.kiln.context";

  /**
   * The key under which the transport's request headers, a {@code Map<String, List<String>>} by
   * lower-case name, are kept in graphql-java's {@code GraphQLContext} when the transport gave
   * any: for instrumentation that reads them, such as trace context propagation.
   */
  public static final String HEADERS_KEY = "dev.kiln.headers";

  private final String query;
  private final @Nullable String operationName;
  private final Map<String, Object> variables;
  private final @Nullable Object context;
  private final boolean profileExecution;
  private final Map<String, List<String>> headers;
  private final @Nullable RequestBudget budget;

  private KilnRequest(Builder builder) {
    this.query = Objects.requireNonNull(builder.query, "query");
    this.operationName = builder.operationName;
    // The builder copies the caller's map and replaces, never changes, its copy.
    this.variables = Collections.unmodifiableMap(builder.variables);
    this.context = builder.context;
    this.profileExecution = builder.profileExecution;
    this.headers = builder.headers;
    this.budget = builder.budget;
  }

  /** A request for {@code query}, with no variables and no context. */
  public static KilnRequest of(String query) {
    return newRequest().query(query).build();
  }

  public static Builder newRequest() {
    return new Builder();
  }

  public String getQuery() {
    return query;
  }

  public @Nullable String getOperationName() {
    return operationName;
  }

  public Map<String, Object> getVariables() {
    return variables;
  }

  public @Nullable Object getContext() {
    return context;
  }

  /** Whether graphql-java's profiler records this execution (see {@code ExecutionInput.profileExecution}). */
  public boolean isProfileExecution() {
    return profileExecution;
  }

  /** The transport's request headers by lower-case name; empty if it gave none. */
  public Map<String, List<String>> getHeaders() {
    return headers;
  }

  /** The budget this request shares with others, or null if it has one of its own: see {@link RequestBudget}. */
  public @Nullable RequestBudget getBudget() {
    return budget;
  }

  /**
   * The graphql-java input for this request. Its {@code GraphQLContext} holds the context object
   * under {@link #CONTEXT_KEY} and, after execution of a profiled request, graphql-java's {@code
   * ProfilerResult}, and the budget, if it was given one, under {@link RequestBudget#CONTEXT_KEY}.
   */
  public ExecutionInput toExecutionInput() {
    ExecutionInput.Builder input =
        ExecutionInput.newExecutionInput()
            .query(query)
            .operationName(operationName)
            .variables(variables)
            .profileExecution(profileExecution);
    if (context != null || budget != null || !headers.isEmpty()) {
      Map<Object, Object> values = new LinkedHashMap<>();
      if (context != null) {
        values.put(CONTEXT_KEY, context);
      }
      if (budget != null) {
        values.put(RequestBudget.CONTEXT_KEY, budget);
      }
      if (!headers.isEmpty()) {
        values.put(HEADERS_KEY, headers);
      }
      input.graphQLContext(values);
    }
    return input.build();
  }

  /** Builds a {@link KilnRequest}. */
  public static final class Builder {
    private @Nullable String query;
    private @Nullable String operationName;
    private Map<String, Object> variables = Map.of();
    private @Nullable Object context;
    private boolean profileExecution;
    private Map<String, List<String>> headers = Map.of();
    private @Nullable RequestBudget budget;

    private Builder() {}

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    public Builder operationName(@Nullable String operationName) {
      this.operationName = operationName;
      return this;
    }

    public Builder variables(Map<String, ?> variables) {
      this.variables = new LinkedHashMap<>(variables);
      return this;
    }

    /** The context object (viewer) that {@code @Context} parameters receive. */
    public Builder context(@Nullable Object context) {
      this.context = context;
      return this;
    }

    public Builder profileExecution(boolean profileExecution) {
      this.profileExecution = profileExecution;
      return this;
    }

    /**
     * The transport's request headers, by lower-case name, which instrumentation may read from
     * the {@code GraphQLContext} under {@link #HEADERS_KEY}; none by default.
     */
    public Builder headers(Map<String, List<String>> headers) {
      this.headers = Map.copyOf(headers);
      return this;
    }

    /**
     * The budget this request shares with the other operations of one client request, from {@link
     * Kiln#newRequestBudget()}; by default the request has one of its own.
     */
    public Builder budget(@Nullable RequestBudget budget) {
      this.budget = budget;
      return this;
    }

    public KilnRequest build() {
      return new KilnRequest(this);
    }
  }
}
