package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A {@code @Subscription} method returning a JDK {@code Flow.Publisher} streams one result per
 * item, each resolved against the subscription's selection, then completes.
 */
class SubscriptionTest {

  @Test
  void aSubscriptionStreamsOneResultPerEventThenCompletes() throws InterruptedException {
    ExecutionResult result =
        Kiln.newKiln().build().execute(KilnRequest.of("subscription { catalogue(first: 3) { title year } }"));
    assertEquals(List.of(), result.getErrors());
    Publisher<ExecutionResult> events = result.getData();
    List<Object> received = new CopyOnWriteArrayList<>();
    CountDownLatch completed = new CountDownLatch(1);

    events.subscribe(
        new Subscriber<>() {
          @Override
          public void onSubscribe(Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ExecutionResult event) {
            received.add(event.toSpecification());
          }

          @Override
          public void onError(Throwable error) {
            received.add(error);
            completed.countDown();
          }

          @Override
          public void onComplete() {
            completed.countDown();
          }
        });

    assertTrue(completed.await(10, TimeUnit.SECONDS), "the stream did not complete");
    assertEquals(
        List.of(
            Map.of("data", Map.of("catalogue", Map.of("title", "A Wizard of Earthsea", "year", 1968))),
            Map.of("data", Map.of("catalogue", Map.of("title", "The Dispossessed", "year", 1974))),
            Map.of("data", Map.of("catalogue", Map.of("title", "Kindred", "year", 1979)))),
        received);
  }
}
