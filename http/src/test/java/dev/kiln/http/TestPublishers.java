package dev.kiln.http;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** Event sources for the test subscriptions: they emit on a timer thread, as real sources do. */
final class TestPublishers {
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "test-event-source");
            thread.setDaemon(true);
            return thread;
          });

  private TestPublishers() {}

  /** {@code from}, {@code from - 1}, ..., 1, then complete. */
  static final class Countdown extends Timed {
    private final int from;

    Countdown(int from) {
      this.from = from;
    }

    @Override
    @Nullable Integer value(int index) {
      return index < from ? from - index : null;
    }
  }

  /** 1, 2, 3, ... until cancelled. */
  static final class Ticks extends Timed {
    @Override
    Integer value(int index) {
      return index + 1;
    }
  }

  /** 1, then {@code failure}. */
  static final class FailingAfterOne extends Timed {
    private final RuntimeException failure;

    FailingAfterOne(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    @Nullable Integer value(int index) {
      return index == 0 ? 1 : null;
    }

    @Override
    @Nullable Throwable failure() {
      return failure;
    }
  }

  /** Emits nothing until cancelled, like a quiet topic. */
  static final class Idle implements Publisher<Integer> {
    final CountDownLatch subscribed = new CountDownLatch(1);
    final CountDownLatch cancelled = new CountDownLatch(1);

    @Override
    public void subscribe(Subscriber<? super Integer> subscriber) {
      subscriber.onSubscribe(
          new Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {
              cancelled.countDown();
            }
          });
      subscribed.countDown();
    }
  }

  /** Emits a value every 20 ms while there is demand; records subscription and cancellation. */
  abstract static class Timed implements Publisher<Integer> {
    final CountDownLatch subscribed = new CountDownLatch(1);
    final CountDownLatch cancelled = new CountDownLatch(1);

    /** The value at {@code index}, or {@code null} after the last. */
    abstract @Nullable Integer value(int index);

    /** What ends the stream: {@code null} to complete, else the error. */
    @Nullable Throwable failure() {
      return null;
    }

    @Override
    public void subscribe(Subscriber<? super Integer> subscriber) {
      TimedSubscription subscription = new TimedSubscription(subscriber);
      subscriber.onSubscribe(subscription);
      subscription.start();
      subscribed.countDown();
    }

    private final class TimedSubscription implements Subscription {
      private final Subscriber<? super Integer> subscriber;
      private long demand;
      private int index;
      private boolean done;
      private @Nullable ScheduledFuture<?> task;

      TimedSubscription(Subscriber<? super Integer> subscriber) {
        this.subscriber = subscriber;
      }

      synchronized void start() {
        if (!done) {
          task = TIMER.scheduleAtFixedRate(this::tick, 20, 20, TimeUnit.MILLISECONDS);
        }
      }

      private synchronized void tick() {
        if (done) {
          return;
        }
        Integer next = value(index);
        if (next == null) {
          finish();
          Throwable failure = failure();
          if (failure != null) {
            subscriber.onError(failure);
          } else {
            subscriber.onComplete();
          }
          return;
        }
        if (demand > 0) {
          demand--;
          index++;
          subscriber.onNext(next);
        }
      }

      @Override
      public synchronized void request(long n) {
        demand += n;
      }

      @Override
      public synchronized void cancel() {
        finish();
        cancelled.countDown();
      }

      private void finish() {
        done = true;
        if (task != null) {
          task.cancel(false);
        }
      }
    }
  }
}
