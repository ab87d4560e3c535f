package dev.kiln.runtime;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Serves persisted operations and automatic persisted queries (APQ) to graphql-java, before it
 * parses: a request names a document by {@code extensions.persistedQuery.sha256Hash} (Apollo's
 * protocol, version 1), sends its text, or both. Persisted documents are parsed and validated once
 * and kept; registered ones are kept in a bounded cache, once they have run within every limit.
 * Under {@link
 * OperationPolicy#PERSISTED_ONLY}, anything else is refused without being parsed.
 */
final class PersistedDocumentProvider implements PreparsedDocumentProvider {
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

  /** The context key of a registration waiting for its request's result: see {@link #registerIfAccepted}. */
  private static final Object PENDING = new Object();

  /** A document that a request registers, kept once the request has run within every limit. */
  private record Pending(String hash, String text, PreparsedDocumentEntry document) {}

  private final PersistedOperations persisted;
  private final OperationPolicy policy;
  private final @Nullable RecentDocuments registered;
  private final Map<String, PreparsedDocumentEntry> parsed = new ConcurrentHashMap<>();

  /** {@code registered} is null when automatic persisted queries are off. */
  PersistedDocumentProvider(PersistedOperations persisted, OperationPolicy policy, @Nullable RecentDocuments registered) {
    this.persisted = persisted;
    this.policy = policy;
    this.registered = policy == OperationPolicy.PERSISTED_ONLY ? null : registered;
  }

  /** The text of the persisted or registered document with this hash, or null. */
  @Nullable String document(String sha256Hash) {
    String hash = sha256Hash.toLowerCase(Locale.ROOT);
    String document = persisted.document(hash);
    if (document != null || registered == null) {
      return document;
    }
    RecentDocuments.Registered entry = registered.get(hash);
    return entry == null ? null : entry.text();
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    return CompletableFuture.completedFuture(entry(input, parseAndValidate));
  }

  private PreparsedDocumentEntry entry(ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String text = text(input);
    if (!(input.getExtensions().get("persistedQuery") instanceof Map<?, ?> persistedQuery)) {
      return byText(input, text, parseAndValidate);
    }
    if (!Integer.valueOf(1).equals(version(persistedQuery.get("version")))) {
      return PersistedQueryErrors.invalid("Unsupported persisted query version: Kiln speaks version 1.");
    }
    if (!(persistedQuery.get("sha256Hash") instanceof String sha256Hash) || !SHA_256.matcher(sha256Hash).matches()) {
      return PersistedQueryErrors.invalid("The persisted query's \"sha256Hash\" is not a SHA-256 hash in hex.");
    }
    String hash = sha256Hash.toLowerCase(Locale.ROOT);
    if (text != null && !PersistedOperations.sha256(text).equals(hash)) {
      return PersistedQueryErrors.hashMismatch();
    }
    if (persisted.document(hash) != null) {
      return persisted(hash, input, parseAndValidate);
    }
    if (policy == OperationPolicy.PERSISTED_ONLY) {
      return text == null ? PersistedQueryErrors.notFound() : PersistedQueryErrors.notPersisted();
    }
    if (registered == null) {
      return text == null ? PersistedQueryErrors.notSupported() : parseAndValidate.apply(input);
    }
    return register(registered, hash, text, input, parseAndValidate);
  }

  private PreparsedDocumentEntry byText(
      ExecutionInput input, @Nullable String text, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    if (text == null || persisted.isEmpty()) {
      return policy == OperationPolicy.PERSISTED_ONLY ? PersistedQueryErrors.notPersisted() : parseAndValidate.apply(input);
    }
    String hash = PersistedOperations.sha256(text);
    if (persisted.document(hash) != null) {
      return persisted(hash, input, parseAndValidate);
    }
    return policy == OperationPolicy.PERSISTED_ONLY ? PersistedQueryErrors.notPersisted() : parseAndValidate.apply(input);
  }

  private PreparsedDocumentEntry persisted(String hash, ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    PreparsedDocumentEntry entry = parsed.get(hash);
    if (entry != null) {
      return entry;
    }
    String document = persisted.document(hash);
    entry = parseAndValidate.apply(input.transform(builder -> builder.query(document)));
    PreparsedDocumentEntry earlier = parsed.putIfAbsent(hash, entry);
    return earlier != null ? earlier : entry;
  }

  /**
   * Keeps the document that the request of {@code context} registered, if it has one and the
   * request ran: graphql-java starts executing only once the document parsed and validated and
   * Kiln's limits (depth, aliases, root fields, cost, and the result's size) accepted it, so a
   * refused document holds no memory. {@code result} is the request's final result.
   */
  void registerIfAccepted(GraphQLContext context, ExecutionResult result) {
    Pending pending = context.get(PENDING);
    if (pending == null || registered == null) {
      return;
    }
    context.delete(PENDING);
    // Limits checked before execution leave no data; the result limits, checked while it runs, mark the context.
    if (result.isDataPresent() && context.get(ResultLimit.EXCEEDED_KEY) == null) {
      registered.put(pending.hash(), new RecentDocuments.Registered(pending.text(), pending.document()));
    }
  }

  private static PreparsedDocumentEntry register(
      RecentDocuments registered,
      String hash, @Nullable String text, ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    RecentDocuments.Registered known = registered.get(hash);
    if (known != null) {
      return known.document();
    }
    if (text == null) {
      return PersistedQueryErrors.notFound();
    }
    PreparsedDocumentEntry entry = parseAndValidate.apply(input);
    // A document that does not parse or validate is not kept: it would only hold memory.
    if (!entry.hasErrors()) {
      input.getGraphQLContext().put(PENDING, new Pending(hash, text, entry));
    }
    return entry;
  }

  /** The query text, or null if the request sent none (Apollo clients leave it out). */
  private static @Nullable String text(ExecutionInput input) {
    String query = input.getQuery();
    return query.isEmpty() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER) ? null : query;
  }

  private static @Nullable Integer version(@Nullable Object version) {
    return version instanceof Number number && number.doubleValue() == number.intValue() ? number.intValue() : null;
  }
}
