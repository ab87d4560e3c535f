package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.spi.LoaderScope;
import dev.kiln.runtime.internal.LoaderSupport;
import dev.kiln.runtime.spi.PropertyRead;
import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/** A batch due after its request's deadline is not called; one due before is. */
class RequestDeadlineTest {

  private static BatchLoaderEnvironment environment(RequestDeadline deadline) {
    return BatchLoaderEnvironment.newBatchLoaderEnvironment()
        .context(new LoaderScope(null, new DataLoaderRegistry(), deadline))
        .build();
  }

  @Test
  void aBatchDueAfterTheDeadlineIsNotCalledAndFailsWithTheDeadlineError() throws Exception {
    RequestDeadline deadline = RequestDeadline.after(Duration.ofNanos(1));
    Thread.sleep(1);
    AtomicInteger calls = new AtomicInteger();

    CompletionStage<List<String>> batch =
        LoaderSupport.batch(environment(deadline), loaders -> CompletableFuture.completedFuture(List.of("called " + calls.incrementAndGet())));

    ExecutionException failure = assertThrows(ExecutionException.class, () -> batch.toCompletableFuture().get());
    assertEquals(0, calls.get());
    GraphQLClientException error = (GraphQLClientException) failure.getCause();
    assertEquals("The request ran past its deadline before this field was resolved; the limit (requestTimeout) is 0 ms.", error.getMessage());
    assertEquals(Map.of("classification", "QUERY_LIMIT", "limit", "requestTimeout", "max", 0L), error.getExtensions());
  }

  @Test
  void aBatchDueBeforeTheDeadlineIsCalled() throws Exception {
    RequestDeadline deadline = RequestDeadline.after(Duration.ofMinutes(1));

    CompletionStage<List<String>> batch =
        LoaderSupport.batch(environment(deadline), loaders -> CompletableFuture.completedFuture(List.of("called")));

    assertEquals(List.of("called"), batch.toCompletableFuture().get());
  }

  @Test
  void aDisarmedDeadlineNeverPasses() throws Exception {
    RequestDeadline deadline = RequestDeadline.after(Duration.ofNanos(1));
    deadline.disarm();
    Thread.sleep(1);

    assertFalse(deadline.passed());
    assertTrue(RequestDeadline.after(Duration.ofNanos(1)).armed());
    assertFalse(RequestDeadline.none().passed());
  }

  @Test
  void aPropertyReadIsCalledDirectlyAndEveryOtherFetcherIsHeldToTheDeadline() throws Exception {
    DeadlineInstrumentation instrumentation = new DeadlineInstrumentation();
    RequestDeadline deadline = RequestDeadline.after(Duration.ofNanos(1));
    Thread.sleep(1);
    ExecutionInput input = ExecutionInput.newExecutionInput("{ a }").graphQLContext(Map.of(RequestDeadline.CONTEXT_KEY, deadline)).build();
    InstrumentationState state = instrumentation.createState(new InstrumentationCreateStateParameters(null, input));
    PropertyRead<Object> read =
        new PropertyRead<>() {
          @Override
          public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
            return "read";
          }

          @Override
          public Object get(DataFetchingEnvironment environment) {
            return "read";
          }
        };
    LightDataFetcher<Object> call =
        new LightDataFetcher<>() {
          @Override
          public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
            return "called";
          }

          @Override
          public Object get(DataFetchingEnvironment environment) {
            return "called";
          }
        };

    DataFetcher<?> held = instrumentation.instrumentDataFetcher(call, null, state);

    assertSame(read, instrumentation.instrumentDataFetcher(read, null, state));
    GraphQLClientException past =
        assertThrows(GraphQLClientException.class, () -> ((LightDataFetcher<?>) held).get(null, new Object(), () -> null));
    assertEquals("requestTimeout", past.getExtensions().get("limit"));
  }

  @Test
  void aTimeoutTooLongForNanosecondsNeitherOverflowsNorPasses() {
    RequestDeadline deadline = RequestDeadline.after(ChronoUnit.FOREVER.getDuration());

    assertFalse(deadline.passed());
    assertEquals(Duration.ofDays(36_500).toNanos(), deadline.remainingNanos(), (double) Duration.ofSeconds(1).toNanos());
  }

  @Test
  void aTimeoutThatIsNotPositiveIsRefused() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Kiln.newKiln().requestTimeout(Duration.ZERO));

    assertEquals("requestTimeout must be positive, but was PT0S.", refused.getMessage());
  }
}
