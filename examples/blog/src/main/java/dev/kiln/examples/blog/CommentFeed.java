package dev.kiln.examples.blog;

import dev.kiln.runtime.GraphQLClientException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

/**
 * Carries each new comment to the subscribers watching its post. Every subscriber has a {@link
 * SubmissionPublisher} of its own, with its own buffer, which is closed when the subscriber
 * cancels (the client went away, or the server stopped its stream) or when the feed is closed.
 *
 * <p>Publishing never waits for a subscriber: one that falls a whole buffer behind is ended with
 * an error instead of slowing down the mutation that adds comments.
 */
public final class CommentFeed implements AutoCloseable {
  private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** The comments added to post {@code postId} after a subscriber subscribes. */
  public Flow.Publisher<Comment> commentsOn(int postId) {
    return subscriber -> watch(postId, subscriber);
  }

  /** Sends {@code comment} to everyone watching its post. */
  public void publish(Comment comment) {
    for (Watch watch : watches) {
      if (watch.postId() == comment.postId()) {
        watch.offer(comment);
      }
    }
  }

  /** How many subscribers are watching a post now. */
  public int subscriberCount() {
    return watches.size();
  }

  /** Completes every subscriber's stream; later subscribers complete at once. */
  @Override
  public void close() {
    closed = true;
    watches.forEach(this::end);
  }

  private void watch(int postId, Flow.Subscriber<? super Comment> subscriber) {
    Watch watch = new Watch(postId, new SubmissionPublisher<>());
    watches.add(watch);
    watch.events().subscribe(new EndingSubscriber(subscriber, () -> end(watch)));
    // After adding, so that a close() that ran meanwhile cannot miss this watch.
    if (closed) {
      end(watch);
    }
  }

  private void end(Watch watch) {
    watches.remove(watch);
    watch.events().close();
  }

  /** A subscriber's post and its publisher. */
  private record Watch(int postId, SubmissionPublisher<Comment> events) {
    void offer(Comment comment) {
      int lag = events.offer(comment, (subscriber, dropped) -> false);
      if (lag < 0) {
        events.closeExceptionally(
            new GraphQLClientException(
                "This subscription fell too far behind and was ended; subscribe again.",
                Map.of("code", "SUBSCRIBER_TOO_SLOW")));
      }
    }
  }

  /** Passes everything through to {@code downstream}, and runs {@code onEnd} once it is over. */
  private static final class EndingSubscriber implements Flow.Subscriber<Comment> {
    private final Flow.Subscriber<? super Comment> downstream;
    private final Runnable onEnd;

    EndingSubscriber(Flow.Subscriber<? super Comment> downstream, Runnable onEnd) {
      this.downstream = downstream;
      this.onEnd = onEnd;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      downstream.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {
              subscription.request(n);
            }

            @Override
            public void cancel() {
              subscription.cancel();
              onEnd.run();
            }
          });
    }

    @Override
    public void onNext(Comment comment) {
      downstream.onNext(comment);
    }

    @Override
    public void onError(Throwable failure) {
      onEnd.run();
      downstream.onError(failure);
    }

    @Override
    public void onComplete() {
      onEnd.run();
      downstream.onComplete();
    }
  }
}
