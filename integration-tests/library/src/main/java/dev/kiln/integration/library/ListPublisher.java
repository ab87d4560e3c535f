package dev.kiln.integration.library;

import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.NullMarked;

/**
 * A {@link Flow.Publisher} of a fixed list: each subscriber receives the items as it requests
 * them, then completion. Requests made from inside {@code onNext} are served by the loop already
 * running, so the stack stays flat.
 */
@NullMarked
final class ListPublisher<T> implements Flow.Publisher<T> {
  private final List<T> items;

  ListPublisher(List<T> items) {
    this.items = List.copyOf(items);
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    subscriber.onSubscribe(new ListSubscription(subscriber));
  }

  private final class ListSubscription implements Flow.Subscription {
    private final Flow.Subscriber<? super T> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger emitting = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private int next;

    ListSubscription(Flow.Subscriber<? super T> subscriber) {
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        cancelled.set(true);
        subscriber.onError(new IllegalArgumentException("Rule 3.9: request a positive number, not " + n + "."));
        return;
      }
      demand.getAndAccumulate(n, (current, added) -> current + added < 0 ? Long.MAX_VALUE : current + added);
      if (emitting.getAndIncrement() != 0) {
        return;
      }
      do {
        while (demand.get() > 0 && next < items.size() && !cancelled.get()) {
          demand.decrementAndGet();
          subscriber.onNext(items.get(next++));
        }
        if (next == items.size() && cancelled.compareAndSet(false, true)) {
          subscriber.onComplete();
        }
      } while (emitting.decrementAndGet() != 0);
    }

    @Override
    public void cancel() {
      cancelled.set(true);
    }
  }
}
