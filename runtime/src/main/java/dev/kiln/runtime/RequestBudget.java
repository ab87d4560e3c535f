package dev.kiln.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one request may spend, shared by all the operations it runs: the estimated cost that
 * {@link Kiln.Builder#maxCost(int)} allows, and the size of the results that {@link
 * Kiln.Builder#maxResultNodes(int)} and {@link Kiln.Builder#maxResultBytes(long)} allow. An
 * operation draws from it as it is measured and as its result is built; once it is spent, the
 * operations that need more are refused with an error naming the limit.
 *
 * <p>Each request gets a budget of its own unless it is given one. A host that runs several
 * operations for one client request, such as the JSON-array batches of kiln-http, gets one budget
 * from {@link Kiln#newRequestBudget()} and gives it to each of them with {@link
 * KilnRequest.Builder#budget(RequestBudget)}, so that a batch of ten operations cannot spend ten
 * times the limits.
 *
 * <p>A budget is thread-safe: the operations of a batch may run at the same time.
 */
public final class RequestBudget {
  /** The key under which the budget is kept in graphql-java's {@code GraphQLContext}. */
  public static final Class<RequestBudget> CONTEXT_KEY = RequestBudget.class;

  private final int maxCost;
  private final int maxResultNodes;
  private final long maxResultBytes;
  private final AtomicLong cost = new AtomicLong();
  private final AtomicLong resultNodes = new AtomicLong();
  private final AtomicLong resultBytes = new AtomicLong();

  RequestBudget(int maxCost, int maxResultNodes, long maxResultBytes) {
    this.maxCost = maxCost;
    this.maxResultNodes = maxResultNodes;
    this.maxResultBytes = maxResultBytes;
  }

  /** The estimated cost the operations run with this budget have spent so far. */
  public long getCostSpent() {
    return cost.get();
  }

  /** The result fields the operations run with this budget have produced so far. */
  public long getResultNodesSpent() {
    return resultNodes.get();
  }

  /** The size, in bytes of JSON, of the results the operations run with this budget have produced so far. */
  public long getResultBytesSpent() {
    return resultBytes.get();
  }

  int maxCost() {
    return maxCost;
  }

  int maxResultNodes() {
    return maxResultNodes;
  }

  long maxResultBytes() {
    return maxResultBytes;
  }

  /**
   * Spends {@code operationCost} if what is left allows it and returns -1; else spends nothing and
   * returns the cost the request would have with it, all its operations together.
   */
  long spendCost(long operationCost) {
    while (true) {
      long spent = cost.get();
      long total = spent + operationCost < 0 ? Long.MAX_VALUE : spent + operationCost;
      if (total > maxCost) {
        return total;
      }
      if (cost.compareAndSet(spent, total)) {
        return -1;
      }
    }
  }

  /** Counts {@code nodes} more result fields and {@code bytes} more bytes; false once either is over its limit. */
  boolean spendResult(long nodes, long bytes) {
    boolean nodesLeft = nodes == 0 || resultNodes.addAndGet(nodes) <= maxResultNodes;
    boolean bytesLeft = bytes == 0 || resultBytes.addAndGet(bytes) <= maxResultBytes;
    return nodesLeft && bytesLeft;
  }

  boolean resultBytesExceeded() {
    return resultBytes.get() > maxResultBytes;
  }
}
