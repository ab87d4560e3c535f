package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.internal.LoaderSupport;
import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.ExecutionResult;
import graphql.Scalars;
import graphql.incremental.DelayedIncrementalPartialResult;
import graphql.incremental.IncrementalExecutionResult;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * {@code @defer} with {@link Kiln.Builder#incrementalDelivery(boolean)}: the initial payload and
 * each deferred part, whole; the loaders batch within a deferred fragment, and their cache serves
 * the deferred parts; a deferred part obeys the
 * result limits and the deadline, and its errors are masked.
 */
class IncrementalDeliveryTest {

  /** {@code greeting(name: String): String} through the loader "greeting"; {@code fail} and {@code slow}. */
  private static final class GreetingModule implements KilnModule {
    final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String name() {
      return "test.DeferModule";
    }

    @Override
    public void contribute(SchemaContribution contribution) {
      contribution.addQueryField(
          GraphQLFieldDefinition.newFieldDefinition().name("greeting").argument(a -> a.name("name").type(Scalars.GraphQLString)).type(Scalars.GraphQLString).build());
      contribution.dataFetcher(
          FieldCoordinates.coordinates("Query", "greeting"),
          env -> LoaderSupport.<String, String>loader(env, "greeting").load(env.getArgument("name")));
      BatchLoader<String, String> greet =
          names -> {
            batches.add(List.copyOf(names));
            return CompletableFuture.completedFuture(names.stream().map(n -> "hello " + n).toList());
          };
      contribution.dataLoader("greeting", options -> DataLoaderFactory.newDataLoader("greeting", greet, options));
      contribution.addQueryField(GraphQLFieldDefinition.newFieldDefinition().name("fail").type(Scalars.GraphQLString).build());
      contribution.dataFetcher(
          FieldCoordinates.coordinates("Query", "fail"),
          env -> {
            throw new IllegalStateException("db password hunter2");
          });
      contribution.addQueryField(GraphQLFieldDefinition.newFieldDefinition().name("slow").type(Scalars.GraphQLString).build());
      contribution.dataFetcher(
          FieldCoordinates.coordinates("Query", "slow"),
          env -> CompletableFuture.supplyAsync(() -> "late", CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS)));
    }
  }

  private final GreetingModule module = new GreetingModule();

  private static List<Map<String, Object>> parts(ExecutionResult result) throws InterruptedException {
    assertTrue(result instanceof IncrementalExecutionResult, "an incremental result: " + result);
    List<Map<String, Object>> parts = Collections.synchronizedList(new ArrayList<>());
    parts.add(result.toSpecification());
    CompletableFuture<Void> done = new CompletableFuture<>();
    ((IncrementalExecutionResult) result)
        .getIncrementalItemPublisher()
        .subscribe(
            new Subscriber<DelayedIncrementalPartialResult>() {
              @Override
              public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(DelayedIncrementalPartialResult part) {
                parts.add(part.toSpecification());
              }

              @Override
              public void onError(Throwable failure) {
                done.completeExceptionally(failure);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });
    done.orTimeout(10, TimeUnit.SECONDS).join();
    return parts;
  }

  /**
   * The fields of one deferred fragment batch together; graphql-java 26 dispatches each deferred
   * fragment on its own, so two sibling fragments make a batch each.
   */
  @Test
  void theInitialPayloadComesFirstAndTheLoadersBatchWithinEachDeferredFragment() throws Exception {
    Kiln kiln = Kiln.newKiln().modules(module).incrementalDelivery(true).build();

    ExecutionResult result =
        kiln.execute(
            KilnRequest.of(
                "{ a: greeting(name: \"ada\") ... @defer(label: \"one\") { b: greeting(name: \"bob\") c: greeting(name: \"cy\") } ... @defer(label: \"two\") { d: greeting(name: \"dee\") } }"));

    List<Map<String, Object>> parts = parts(result);
    assertEquals(Map.of("data", Map.of("a", "hello ada"), "hasNext", true), parts.get(0));
    assertEquals(3, parts.size(), parts.toString());
    List<Object> deferred = new ArrayList<>();
    parts.subList(1, 3).forEach(part -> deferred.addAll((List<?>) part.get("incremental")));
    assertTrue(deferred.contains(Map.of("path", List.of(), "label", "one", "data", Map.of("b", "hello bob", "c", "hello cy"))), deferred.toString());
    assertTrue(deferred.contains(Map.of("path", List.of(), "label", "two", "data", Map.of("d", "hello dee"))), deferred.toString());
    assertEquals(true, parts.get(1).get("hasNext"));
    assertEquals(false, parts.get(2).get("hasNext"));
    assertEquals(List.of("ada"), module.batches.get(0));
    assertTrue(module.batches.subList(1, 3).containsAll(List.of(List.of("bob", "cy"), List.of("dee"))), module.batches.toString());
  }

  @Test
  void theLoadersCacheIsSharedWithTheDeferredParts() throws Exception {
    Kiln kiln = Kiln.newKiln().modules(module).incrementalDelivery(true).build();

    List<Map<String, Object>> parts = parts(kiln.execute(KilnRequest.of("{ a: greeting(name: \"ada\") ... @defer { b: greeting(name: \"ada\") } }")));

    assertEquals(Map.of("hasNext", false, "incremental", List.of(Map.of("path", List.of(), "data", Map.of("b", "hello ada")))), parts.get(1));
    assertEquals(List.of(List.of("ada")), module.batches, "the deferred field is a cache hit of the request's loader");
  }

  @Test
  void withoutIncrementalDeliveryDeferIsIgnored() {
    Kiln kiln = Kiln.newKiln().modules(module).build();

    ExecutionResult result = kiln.execute(KilnRequest.of("{ a: greeting(name: \"ada\") ... @defer { b: greeting(name: \"bob\") } }"));

    assertFalse(result instanceof IncrementalExecutionResult);
    assertEquals(Map.of("data", Map.of("a", "hello ada", "b", "hello bob")), result.toSpecification());
    assertEquals(List.of(List.of("ada", "bob")), module.batches);
  }

  @Test
  void aDeferredPartsErrorsAreMasked() throws Exception {
    Kiln kiln = Kiln.newKiln().modules(module).incrementalDelivery(true).build();

    List<Map<String, Object>> parts = parts(kiln.execute(KilnRequest.of("{ a: greeting(name: \"ada\") ... @defer { fail } }")));

    String last = parts.get(1).toString();
    assertTrue(last.contains("message=Internal error") && last.contains("errorId="), last);
    assertFalse(last.contains("hunter2"), last);
  }

  @Test
  void aDeferredPartOverTheResultLimitIsTheLastWithTheLimitsError() throws Exception {
    Kiln kiln = Kiln.newKiln().modules(module).incrementalDelivery(true).maxResultNodes(2).build();

    List<Map<String, Object>> parts =
        parts(
            kiln.execute(
                KilnRequest.of("{ a: greeting(name: \"ada\") ... @defer(label: \"more\") { b: greeting(name: \"bob\") c: greeting(name: \"cy\") d: greeting(name: \"dee\") } }")));

    assertEquals(Map.of("data", Map.of("a", "hello ada"), "hasNext", true), parts.get(0));
    assertEquals(2, parts.size(), parts.toString());
    Map<String, Object> error =
        Map.of(
            "message", "The result has more than 2 fields; the limit (maxResultNodes) is 2.",
            "extensions", Map.of("classification", "QUERY_LIMIT", "limit", "maxResultNodes", "max", 2));
    Map<String, Object> item = new java.util.LinkedHashMap<>();
    item.put("path", List.of());
    item.put("label", "more");
    item.put("errors", List.of(error));
    item.put("data", null);
    assertEquals(Map.of("hasNext", false, "incremental", List.of(item)), parts.get(1));
  }

  @Test
  void aDeferredPartObeysTheDeadline() throws Exception {
    Kiln kiln = Kiln.newKiln().modules(module).incrementalDelivery(true).requestTimeout(Duration.ofMillis(300)).build();

    List<Map<String, Object>> parts = parts(kiln.execute(KilnRequest.of("{ a: greeting(name: \"ada\") ... @defer { slow } }")));

    assertEquals(Map.of("data", Map.of("a", "hello ada"), "hasNext", true), parts.get(0));
    String last = parts.get(1).toString();
    assertTrue(last.contains("slow=null") && last.contains("requestTimeout"), last);
  }
}
