package dev.kiln.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The moment by which a request must be answered: {@link Kiln.Builder#requestTimeout(Duration)}
 * after the request started. Past it, fields not yet resolved are left null with an error, and
 * loaders not yet called are not called; what was resolved is kept.
 *
 * <p>The deadline is cooperative: a method already running is not interrupted, but what it returns
 * after the deadline is not waited for. A subscription has no deadline.
 */
public final class RequestDeadline {
  /** The key of a request's deadline in its {@code GraphQLContext}. */
  public static final Class<RequestDeadline> CONTEXT_KEY = RequestDeadline.class;

  private static final Duration LONGEST = Duration.ofDays(36_500);
  private static final RequestDeadline NONE = new RequestDeadline(Duration.ZERO, Long.MAX_VALUE);

  private final Duration timeout;
  /** When the deadline passes, on the {@link System#nanoTime()} scale. */
  private final long deadlineNanos;
  private volatile boolean disarmed;

  private RequestDeadline(Duration timeout, long deadlineNanos) {
    this.timeout = timeout;
    this.deadlineNanos = deadlineNanos;
  }

  /** A deadline {@code timeout} from now. */
  static RequestDeadline after(Duration timeout) {
    // Longer timeouts count as 100 years, so that the nanoseconds neither overflow nor wrap around.
    long nanos = timeout.compareTo(LONGEST) < 0 ? timeout.toNanos() : LONGEST.toNanos();
    return new RequestDeadline(timeout, System.nanoTime() + nanos);
  }

  /** A deadline that never passes, for requests made outside {@link Kiln}. */
  public static RequestDeadline none() {
    return NONE;
  }

  /** Whether the deadline has passed. */
  public boolean passed() {
    return this != NONE && !disarmed && System.nanoTime() - deadlineNanos >= 0;
  }

  /** The time left until the deadline, in nanoseconds; {@link Long#MAX_VALUE} if there is none. */
  long remainingNanos() {
    if (this == NONE || disarmed) {
      return Long.MAX_VALUE;
    }
    return Math.max(0, deadlineNanos - System.nanoTime());
  }

  /** Whether the deadline can pass; false for none and once disarmed. */
  boolean armed() {
    return this != NONE && !disarmed;
  }

  /** Lifts the deadline, for a subscription, which lives as long as its client listens. */
  void disarm() {
    disarmed = true;
  }

  /** The error of a field left unresolved, or of a loader left uncalled, at the deadline. */
  public GraphQLClientException exceeded() {
    return new Exceeded(timeout);
  }

  static boolean isDeadlineError(Map<String, Object> extensions) {
    return "requestTimeout".equals(extensions.get("limit"));
  }

  /** The request ran past its deadline before this field was resolved. */
  private static final class Exceeded extends GraphQLClientException {
    private static final long serialVersionUID = 1L;

    Exceeded(Duration timeout) {
      super(
          "The request ran past its deadline before this field was resolved; the limit (requestTimeout) is "
              + timeout.toMillis()
              + " ms.",
          extensions(timeout));
    }

    private static Map<String, Object> extensions(Duration timeout) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("classification", KilnErrorClassification.QUERY_LIMIT.name());
      extensions.put("limit", "requestTimeout");
      extensions.put("max", timeout.toMillis());
      return extensions;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      // Thrown once per unresolved field, for the client's sake only: a stack trace helps nobody.
      return this;
    }
  }
}
