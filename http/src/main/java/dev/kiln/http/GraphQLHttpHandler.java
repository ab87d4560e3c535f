package dev.kiln.http;

import dev.kiln.runtime.KilnErrorClassification;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import dev.kiln.runtime.RequestBudget;
import com.fasterxml.jackson.databind.JsonNode;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExperimentalApi;
import graphql.incremental.IncrementalExecutionResult;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.OperationDefinition.Operation;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Kiln's GraphQL endpoint, independent of any HTTP server: it implements the <a
 * href="https://graphql.github.io/graphql-over-http/draft/">GraphQL over HTTP</a> specification and
 * streams results as Server-Sent Events in the distinct connections mode of the <a
 * href="https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md">GraphQL over SSE
 * protocol</a>. A transport passes each request to {@link #handle(HttpRequest, InputStream)} and
 * writes the {@link HttpResponse} back; {@link KilnHttpServer} and {@link
 * dev.kiln.http.servlet.KilnServlet} do.
 *
 * <pre>{@code
 * GraphQLHttpHandler handler = GraphQLHttpHandler.newHandler(kiln)
 *     .contextFactory(request -> viewers.fromAuthorization(request.getHeader("Authorization")))
 *     .build();
 * }</pre>
 *
 * <h2>Requests</h2>
 *
 * <ul>
 *   <li>{@code POST} with a JSON body {@code {"query", "operationName", "variables", "extensions"}}
 *       and {@code Content-Type: application/json} (else {@code 415}), no longer than {@link
 *       Builder#maxBodyBytes(long)} (else {@code 413}).
 *   <li>{@code GET} with the same parameters in the query string, {@code variables} and {@code
 *       extensions} as JSON text. A mutation over {@code GET} is {@code 405} with {@code Allow:
 *       POST}. Other methods are {@code 405} with {@code Allow: GET, POST}.
 *   <li>A {@code POST} body may be a batch: a JSON array of such requests, at most {@link
 *       Builder#maxBatchOperations(int)}, answered with the JSON array of their results.
 *   <li>A request that is not well-formed (malformed JSON, a missing or non-string {@code query}, a
 *       {@code variables} that is not an object, ...) is {@code 400}.
 *   <li>Apollo's (automatic) persisted queries: {@code extensions: {"persistedQuery": {"version": 1,
 *       "sha256Hash": ...}}} without {@code query} runs the persisted or registered document with
 *       that hash; an unknown hash is {@code 200} with the error {@code PersistedQueryNotFound},
 *       and the client then sends the query with its hash, which registers it. See {@link
 *       Kiln.Builder#automaticPersistedQueries(boolean)} and {@link
 *       Kiln.Builder#operationPolicy(dev.kiln.runtime.OperationPolicy)}.
 * </ul>
 *
 * <h2>Responses</h2>
 *
 * The media type follows the {@code Accept} header (see {@code AcceptHeader}); {@code 406} if it
 * allows none the handler can send.
 *
 * <ul>
 *   <li>{@code application/graphql-response+json}: {@code 200} once execution started, even with
 *       field errors or a result over Kiln's result limits ({@code data} is then null); {@code 400}
 *       when the document does not parse or validate, or its variables do not coerce (the response
 *       has no {@code data}).
 *   <li>{@code application/json}: {@code 200} for every well-formed request.
 *   <li>{@code text/event-stream}: for subscriptions, and for any operation when the client accepts
 *       only that; see {@link EventStream}. A subscription whose client does not accept it is {@code
 *       406}.
 *   <li>{@code multipart/mixed; boundary="graphql"; deferSpec=20220824}: for a query or mutation
 *       with {@code @defer}, when the {@link Kiln} has {@link
 *       Kiln.Builder#incrementalDelivery(boolean) incremental delivery} on and the {@code Accept}
 *       header names {@code multipart/mixed} (as Apollo Client sends {@code
 *       multipart/mixed;deferSpec=20220824}): the initial payload, then each deferred part, in the
 *       format of Apollo Client's {@code Defer20220824Handler}; see {@link EventStream}. A client
 *       that does not name it gets the whole result at once, {@code @defer} ignored.
 * </ul>
 *
 * Errors the handler raises itself have the body {@code {"errors":[{"message":...}]}}; a failure
 * never shows its exception to the client, only {@code "Internal error"} and an error id, under
 * which it is logged.
 *
 * <p>A handler is immutable and thread-safe.
 */
public final class GraphQLHttpHandler {
  /** The default limit of a request body: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** The default of {@link Builder#maxBatchOperations(int)}. */
  public static final int DEFAULT_MAX_BATCH_OPERATIONS = 10;
  /** The default interval of an event stream's keep-alive comments. */
  public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(15);

  private static final String EVENT_STREAM = "text/event-stream; charset=utf-8";
  private static final String MULTIPART = "multipart/mixed; boundary=\"" + EventStream.BOUNDARY + "\"; deferSpec=20220824";

  private final Kiln kiln;
  private final ContextFactory contextFactory;
  private final long maxBodyBytes;
  private final int maxBatchOperations;
  private final Duration keepAlive;
  private final boolean mayHaveSubscriptions;
  private final Json json = new Json();

  private GraphQLHttpHandler(Builder builder) {
    this.kiln = builder.kiln;
    this.contextFactory = builder.contextFactory;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.maxBatchOperations = builder.maxBatchOperations;
    this.keepAlive = builder.keepAlive;
    this.mayHaveSubscriptions = kiln.getSchema().getSubscriptionType() != null;
  }

  // What the WebSocket transport shares with this handler: the same Kiln, context factory and
  // preparation of each operation, so that every limit, persisted-operation policy and masked error
  // applies there as it does here.

  Kiln kiln() {
    return kiln;
  }

  ContextFactory contextFactory() {
    return contextFactory;
  }

  Json json() {
    return json;
  }

  /**
   * The input of one operation as every transport of this handler runs it: the document sent, or
   * the persisted or registered one its hash names; the context object; the budget it shares, if
   * any; the transport's headers; and whether {@code @defer} is delivered incrementally (only when
   * the Kiln has it on and the client can read the parts).
   */
  ExecutionInput operationInput(
      GraphQLParameters parameters,
      @Nullable Object context,
      @Nullable RequestBudget budget,
      Map<String, List<String>> headers,
      boolean incremental) {
    ExecutionInput input = executionInput(documentOf(parameters), parameters, context, budget, headers);
    if (kiln.isIncrementalDelivery()) {
      input.getGraphQLContext().put(ExperimentalApi.ENABLE_INCREMENTAL_SUPPORT, incremental);
    }
    return input;
  }

  /** The kind of operation {@code parameters} run, or null if that cannot be known before execution. */
  @Nullable Operation operationOf(GraphQLParameters parameters) {
    String query = documentOf(parameters);
    return query == null ? null : OperationType.of(query, parameters.operationName());
  }

  public static Builder newHandler(Kiln kiln) {
    return new Builder(kiln);
  }

  /**
   * Answers one request. {@code body} is read only for {@code POST}, and never beyond the size
   * limit; the caller closes it. Never throws for anything a client sends.
   */
  public HttpResponse handle(HttpRequest request, InputStream body) {
    boolean get = request.getMethod().equals("GET");
    if (!get && !request.getMethod().equals("POST")) {
      return error(405, ResponseFormat.JSON, "Only GET and POST requests are allowed.", Map.of("Allow", "GET, POST"));
    }
    AcceptHeader accept = AcceptHeader.parse(request.getHeaders("Accept"));
    ResponseFormat format = accept.jsonFormat();
    boolean multipart = kiln.isIncrementalDelivery() && accept.allowsDeferMultipart();
    if (format == null && !accept.allowsEventStream() && !multipart) {
      return error(
          406,
          ResponseFormat.JSON,
          "The Accept header allows none of application/graphql-response+json, application/json and text/event-stream.",
          Map.of());
    }
    ResponseFormat errorFormat = format != null ? format : ResponseFormat.JSON;
    try {
      return execute(request, body, get, accept, format, multipart);
    } catch (RequestRejectedException rejected) {
      return error(rejected.getStatus(), errorFormat, rejected.getMessage(), rejected.getHeaders());
    } catch (RuntimeException failure) {
      Map<String, Object> masked = ErrorBodies.internal(failure, "answering " + request);
      return json(500, errorFormat, masked, Map.of());
    }
  }

  private HttpResponse execute(
      HttpRequest request, InputStream body, boolean get, AcceptHeader accept, @Nullable ResponseFormat format, boolean multipart) {
    Object context = contextFactory.createContext(request);
    JsonNode postBody = get ? null : json.read(PostBody.read(request, body, maxBodyBytes), "The request body");
    if (postBody != null && postBody.isArray()) {
      return executeBatch(postBody, context, format, request);
    }
    GraphQLParameters parameters =
        get
            ? GraphQLParameters.fromQuery(request.getQueryParameters(), json)
            : GraphQLParameters.fromBody(postBody, json);
    String query = documentOf(parameters);
    // Parsing twice costs less than a mutation run by a GET or a subscription started for nobody;
    // a schema without a Subscription type needs it only for GET.
    Operation operation =
        query != null && (get || mayHaveSubscriptions) ? OperationType.of(query, parameters.operationName()) : null;
    if (get && operation == Operation.MUTATION) {
      throw new RequestRejectedException(405, "A mutation must be sent with POST; GET is for queries.", Map.of("Allow", "POST"));
    }
    boolean subscription = operation == Operation.SUBSCRIPTION;
    if (subscription && !accept.allowsEventStream()) {
      throw new RequestRejectedException(
          406, "A subscription streams its results as text/event-stream, which the Accept header does not allow.");
    }
    ExecutionInput input = operationInput(parameters, context, null, request.getHeaders(), multipart && !subscription);
    if (multipart && !subscription) {
      return executeIncrementally(input, accept, format);
    }
    if (subscription || format == null) {
      EventStream stream =
          new EventStream(() -> kiln.executeAsync(input), keepAlive, json);
      return HttpResponse.of(200, headers(EVENT_STREAM, Map.of("Cache-Control", "no-cache")), stream);
    }
    ExecutionResult result = kiln.execute(input);
    // Without data, the request failed before execution: a parse, validation or coercion error.
    // Apollo clients expect an unknown persisted query's error with 200, and then send the text.
    int status = format == ResponseFormat.GRAPHQL_RESPONSE_JSON && !result.isDataPresent() && !PersistedQueryAnswers.askForText(result) ? 400 : 200;
    return json(status, format, result.toSpecification(), Map.of());
  }

  /**
   * An operation whose client reads {@code multipart/mixed}: with {@code @defer}, its payloads as the
   * parts of a multipart body; without, the one result in the JSON format the client accepts, or as
   * an event stream or a body of one part if it accepts neither JSON type.
   */
  private HttpResponse executeIncrementally(ExecutionInput input, AcceptHeader accept, @Nullable ResponseFormat format) {
    ExecutionResult result = kiln.execute(input);
    if (result instanceof IncrementalExecutionResult || format == null) {
      EventStream.Framing framing =
          result instanceof IncrementalExecutionResult || !accept.allowsEventStream() ? EventStream.Framing.MULTIPART : EventStream.Framing.SERVER_SENT_EVENTS;
      EventStream stream = new EventStream(() -> CompletableFuture.completedFuture(result), keepAlive, json, framing);
      String contentType = framing == EventStream.Framing.MULTIPART ? MULTIPART : EVENT_STREAM;
      return HttpResponse.of(200, headers(contentType, Map.of("Cache-Control", "no-cache")), stream);
    }
    int status = format == ResponseFormat.GRAPHQL_RESPONSE_JSON && !result.isDataPresent() && !PersistedQueryAnswers.askForText(result) ? 400 : 200;
    return json(status, format, result.toSpecification(), Map.of());
  }

  /** The document the request sends, or names by the hash of a persisted or registered one. */
  private @Nullable String documentOf(GraphQLParameters parameters) {
    String query = parameters.query();
    String hash = parameters.persistedQueryHash();
    if (query == null && hash != null) {
      return kiln.persistedDocument(hash);
    }
    return query;
  }

  /**
   * A batch: a JSON array of requests, answered with the array of their results, in order. Each
   * runs as an operation of its own, and all draw from one {@link RequestBudget}: the batch together
   * may cost no more, and answer no more, than one request. A batch larger than {@link
   * Builder#maxBatchOperations(int)} is refused whole, before any of it runs.
   */
  private HttpResponse executeBatch(
      JsonNode batch, @Nullable Object context, @Nullable ResponseFormat format, HttpRequest request) {
    if (format == null) {
      throw new RequestRejectedException(406, "A batch is answered with a JSON array, which the Accept header does not allow.");
    }
    if (maxBatchOperations == 1) {
      throw new RequestRejectedException(400, "Batched requests are not accepted: send one operation per request.");
    }
    if (batch.isEmpty()) {
      throw new RequestRejectedException(400, "The batch is empty: send at least one request in the array.");
    }
    if (batch.size() > maxBatchOperations) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("classification", KilnErrorClassification.QUERY_LIMIT.name());
      extensions.put("limit", "maxBatchOperations");
      extensions.put("max", maxBatchOperations);
      String message = "The batch has " + batch.size() + " operations; the limit (maxBatchOperations) is " + maxBatchOperations + ".";
      return json(400, format, Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))), Map.of());
    }
    RequestBudget budget = kiln.newRequestBudget();
    List<ExecutionInput> inputs = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      if (!batch.get(i).isObject()) {
        throw new RequestRejectedException(400, "Request " + (i + 1) + " of the batch is not a JSON object with a \"query\" string.");
      }
      GraphQLParameters parameters;
      try {
        parameters = GraphQLParameters.fromBody(batch.get(i), json);
      } catch (RequestRejectedException rejected) {
        throw new RequestRejectedException(rejected.getStatus(), "Request " + (i + 1) + " of the batch: " + rejected.getMessage());
      }
      String query = documentOf(parameters);
      if (query != null && mayHaveSubscriptions && OperationType.of(query, parameters.operationName()) == Operation.SUBSCRIPTION) {
        throw new RequestRejectedException(400, "Request " + (i + 1) + " of the batch is a subscription, which cannot be batched.");
      }
      inputs.add(operationInput(parameters, context, budget, request.getHeaders(), false));
    }
    List<CompletableFuture<ExecutionResult>> running = new ArrayList<>(inputs.size());
    inputs.forEach(input -> running.add(kiln.executeAsync(input)));
    List<Map<String, Object>> results = new ArrayList<>(running.size());
    running.forEach(result -> results.add(result.join().toSpecification()));
    return json(200, format, results, Map.of());
  }

  private static ExecutionInput executionInput(
      @Nullable String query, GraphQLParameters parameters, @Nullable Object context, @Nullable RequestBudget budget,
      Map<String, List<String>> headers) {
    ExecutionInput input =
        KilnRequest.newRequest()
            .query(query != null ? query : PersistedQuerySupport.PERSISTED_QUERY_MARKER)
            .operationName(parameters.operationName())
            .variables(parameters.variables())
            .context(context)
            .budget(budget)
            .headers(headers)
            .build()
            .toExecutionInput();
    return parameters.extensions().isEmpty() ? input : input.transform(builder -> builder.extensions(parameters.extensions()));
  }

  private HttpResponse error(int status, ResponseFormat format, String message, Map<String, String> extraHeaders) {
    return json(status, format, ErrorBodies.of(message), extraHeaders);
  }

  private HttpResponse json(int status, ResponseFormat format, Object body, Map<String, String> extraHeaders) {
    return HttpResponse.of(status, headers(format.contentType(), extraHeaders), json.write(body));
  }

  private static Map<String, String> headers(String contentType, Map<String, String> extraHeaders) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    // The media type, and with it the status code, depends on the Accept header.
    headers.put("Vary", "Accept");
    headers.putAll(extraHeaders);
    return headers;
  }

  /** Builds a {@link GraphQLHttpHandler}. */
  public static final class Builder {
    private final Kiln kiln;
    private ContextFactory contextFactory = request -> null;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxBatchOperations = DEFAULT_MAX_BATCH_OPERATIONS;
    private Duration keepAlive = DEFAULT_KEEP_ALIVE;

    private Builder(Kiln kiln) {
      this.kiln = Objects.requireNonNull(kiln);
    }

    /** Builds each request's context object (the viewer); by default there is none. */
    public Builder contextFactory(ContextFactory contextFactory) {
      this.contextFactory = Objects.requireNonNull(contextFactory);
      return this;
    }

    /** The longest request body accepted, in bytes; {@link #DEFAULT_MAX_BODY_BYTES} by default. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      if (maxBodyBytes < 0) {
        throw new IllegalArgumentException("maxBodyBytes must not be negative: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * The most operations a batch (a JSON array of requests in one {@code POST}) may hold; {@link
     * #DEFAULT_MAX_BATCH_OPERATIONS} by default. A larger batch is refused whole with {@code 400}
     * and an error naming the limit; {@code 1} turns batching off.
     */
    public Builder maxBatchOperations(int maxBatchOperations) {
      if (maxBatchOperations < 1) {
        throw new IllegalArgumentException("maxBatchOperations must be at least 1, but was " + maxBatchOperations + ".");
      }
      this.maxBatchOperations = maxBatchOperations;
      return this;
    }

    /**
     * How often an event stream sends a comment to keep idle connections open and find clients that
     * have gone; {@link #DEFAULT_KEEP_ALIVE} by default, {@link Duration#ZERO} for never.
     */
    public Builder keepAlive(Duration keepAlive) {
      if (keepAlive.isNegative()) {
        throw new IllegalArgumentException("keepAlive must not be negative: " + keepAlive);
      }
      this.keepAlive = keepAlive;
      return this;
    }

    public GraphQLHttpHandler build() {
      return new GraphQLHttpHandler(this);
    }
  }
}
