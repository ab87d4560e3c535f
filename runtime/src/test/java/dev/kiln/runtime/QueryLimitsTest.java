package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.ExecutionResult;
import graphql.Scalars;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeReference;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** Depth, aliases and root fields are limited by default, and each refusal names its limit. */
class QueryLimitsTest {

  /** {@code node: Node} with {@code Node { name: String, child: Node }}, as deep as asked. */
  private static final KilnModule NODES =
      new KilnModule() {
        @Override
        public String name() {
          return "test.Nodes";
        }

        @Override
        public void contribute(SchemaContribution contribution) {
          contribution.addType(
              GraphQLObjectType.newObject()
                  .name("Node")
                  .field(GraphQLFieldDefinition.newFieldDefinition().name("name").type(Scalars.GraphQLString))
                  .field(GraphQLFieldDefinition.newFieldDefinition().name("child").type(GraphQLTypeReference.typeRef("Node")))
                  .build());
          contribution.addQueryField(GraphQLFieldDefinition.newFieldDefinition().name("node").type(GraphQLTypeReference.typeRef("Node")).build());
          contribution.dataFetcher(FieldCoordinates.coordinates("Query", "node"), env -> "n");
          contribution.dataFetcher(FieldCoordinates.coordinates("Node", "child"), env -> "n");
          contribution.dataFetcher(FieldCoordinates.coordinates("Node", "name"), env -> "n");
        }
      };

  private static String nested(int depth) {
    StringBuilder query = new StringBuilder("{ node {");
    for (int i = 2; i < depth; i++) {
      query.append(" child {");
    }
    query.append(" name");
    query.append(" }".repeat(depth - 1)).append(" }");
    return query.toString();
  }

  private static Map<String, Object> run(Kiln kiln, String query) {
    return kiln.execute(KilnRequest.of(query)).toSpecification();
  }

  private static Map<String, Object> refusal(String message, String limit, Object max) {
    return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", "QUERY_LIMIT", "limit", limit, "max", max))));
  }

  /** A refusal once execution started: the data is there, and null. */
  private static Map<String, Object> resultRefusal(String message, String limit, Object max) {
    Map<String, Object> result = new LinkedHashMap<>(refusal(message, limit, max));
    result.put("data", null);
    return result;
  }

  @Test
  void anOperationWithinTheDefaultLimitsRuns() {
    Map<String, Object> result = run(Kiln.newKiln().modules(NODES).build(), nested(20));

    assertEquals(List.of("data"), List.copyOf(result.keySet()));
  }

  @Test
  void anOperationDeeperThanTheLimitIsRefusedNamingIt() {
    assertEquals(
        refusal("The operation is 21 fields deep; the limit (maxDepth) is 20.", "maxDepth", 20),
        run(Kiln.newKiln().modules(NODES).build(), nested(21)));
  }

  @Test
  void fragmentsCountWhereTheyAreSpread() {
    Kiln kiln = Kiln.newKiln().modules(NODES).maxDepth(3).build();

    assertEquals(
        refusal("The operation is 4 fields deep; the limit (maxDepth) is 3.", "maxDepth", 3),
        run(kiln, "{ node { ...Deep } } fragment Deep on Node { child { child { name } } }"));
  }

  @Test
  void tooManyAliasesAreRefusedNamingTheLimit() {
    StringBuilder query = new StringBuilder("{ node {");
    for (int i = 0; i < 31; i++) {
      query.append(" a").append(i).append(": name");
    }
    query.append(" } }");

    assertEquals(
        refusal("The operation has 31 aliases; the limit (maxAliases) is 30.", "maxAliases", 30),
        run(Kiln.newKiln().modules(NODES).build(), query.toString()));
  }

  @Test
  void tooManyRootFieldsAreRefusedNamingTheLimit() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 21; i++) {
      query.append(" n").append(i).append(": node { name }");
    }
    query.append(" }");
    Kiln kiln = Kiln.newKiln().modules(NODES).maxAliases(100).build();

    assertEquals(
        refusal("The operation asks for 21 root fields; the limit (maxRootFields) is 20.", "maxRootFields", 20),
        run(kiln, query.toString()));
  }

  @Test
  void aLimitBelowOneIsAMistake() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Kiln.newKiln().maxDepth(0));

    assertEquals("maxDepth must be at least 1, but was 0.", error.getMessage());
  }

  @Test
  void aResultWithMoreFieldsThanTheLimitIsAnErrorNotAPartialAnswer() {
    Kiln kiln = Kiln.newKiln().modules(NODES).maxResultNodes(5).build();

    assertEquals(
        resultRefusal("The result has more than 5 fields; the limit (maxResultNodes) is 5.", "maxResultNodes", 5),
        run(kiln, nested(6)));
    assertEquals(List.of("data"), List.copyOf(run(kiln, nested(5)).keySet()));
  }

  @Test
  void productionModeRefusesIntrospection() {
    Map<String, Object> development = run(Kiln.newKiln().modules(NODES).build(), "{ __schema { queryType { name } } }");
    Map<String, Object> production = run(Kiln.newKiln().modules(NODES).production(true).build(), "{ __schema { queryType { name } } }");

    assertEquals(Map.of("data", Map.of("__schema", Map.of("queryType", Map.of("name", "Query")))), development);
    assertEquals(List.of("errors"), List.copyOf(production.keySet()));
  }

  @Test
  void anAliasInAFragmentCountsEachTimeTheFragmentIsSpread() {
    String query = "{ node { ...A" + " ...A".repeat(19) + " } } fragment A on Node { a: name b: name }";

    assertEquals(
        refusal("The operation has 40 aliases; the limit (maxAliases) is 30.", "maxAliases", 30),
        run(Kiln.newKiln().modules(NODES).build(), query));
  }

  @Test
  void aFragmentSpreadTwiceOnEachOfManyLevelsIsMeasuredQuickly() {
    StringBuilder query = new StringBuilder("{ node { ...F0 } }");
    for (int i = 0; i < 15; i++) {
      query.append(" fragment F").append(i).append(" on Node { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }");
    }
    query.append(" fragment F15 on Node { a: name }");

    Map<String, Object> result =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run(Kiln.newKiln().modules(NODES).build(), query.toString()));

    assertEquals(
        refusal("The operation has " + (1 << 15) + " aliases; the limit (maxAliases) is 30.", "maxAliases", 30), result);
  }

  @Test
  void introspectionRootsCountInsideFragments() {
    String query = "{ ...A ...B } fragment A on Query { __schema { queryType { name } } } fragment B on Query { s: __schema { queryType { name } } }";

    assertEquals(
        refusal("The operation selects \"__schema\" 2 times, fragments spread; the limit (maxIntrospectionRoots) is 1.", "maxIntrospectionRoots", 1),
        run(Kiln.newKiln().modules(NODES).build(), query));
    assertEquals(
        Map.of("data", Map.of("__schema", Map.of("queryType", Map.of("name", "Query")))),
        run(Kiln.newKiln().modules(NODES).build(), "{ ...A } fragment A on Query { __schema { queryType { name } } }"));
  }

  @Test
  void theOperationsOfOneRequestShareTheResultLimit() {
    Kiln kiln = Kiln.newKiln().modules(NODES).maxResultNodes(5).build();
    RequestBudget budget = kiln.newRequestBudget();

    assertEquals(
        Map.of("data", Map.of("node", Map.of("name", "n"))),
        kiln.execute(KilnRequest.newRequest().query("{ node { name } }").budget(budget).build()).toSpecification());
    assertEquals(
        Map.of("data", Map.of("node", Map.of("name", "n"))),
        kiln.execute(KilnRequest.newRequest().query("{ node { name } }").budget(budget).build()).toSpecification());
    assertEquals(
        resultRefusal("The result has more than 5 fields; the limit (maxResultNodes) is 5.", "maxResultNodes", 5),
        kiln.execute(KilnRequest.newRequest().query("{ node { name } }").budget(budget).build()).toSpecification());
  }

  /** {@code texts: [Text]} with {@code Text { body: String }}: 1,000 texts of 2,000 characters, and the bodies read so far. */
  private static final class Texts implements KilnModule {
    final AtomicInteger bodiesRead = new AtomicInteger();

    @Override
    public String name() {
      return "test.Texts";
    }

    @Override
    public void contribute(SchemaContribution contribution) {
      contribution.addType(
          GraphQLObjectType.newObject().name("Text").field(GraphQLFieldDefinition.newFieldDefinition().name("body").type(Scalars.GraphQLString)).build());
      contribution.addQueryField(
          GraphQLFieldDefinition.newFieldDefinition().name("texts").type(GraphQLList.list(GraphQLTypeReference.typeRef("Text"))).build());
      contribution.dataFetcher(FieldCoordinates.coordinates("Query", "texts"), env -> Collections.nCopies(1000, "t"));
      contribution.dataFetcher(
          FieldCoordinates.coordinates("Text", "body"),
          env -> {
            bodiesRead.incrementAndGet();
            return "x".repeat(2000);
          });
    }
  }

  @Test
  void aResultLargerThanTheByteLimitIsRefusedBeforeItIsBuilt() {
    Texts texts = new Texts();
    Kiln kiln = Kiln.newKiln().modules(texts).maxResultBytes(100_000).build();

    assertEquals(
        resultRefusal("The result is larger than 100000 bytes; the limit (maxResultBytes) is 100000.", "maxResultBytes", 100_000L),
        run(kiln, "{ texts { body } }"));
    // Each body is 2,012 bytes with its name: the 50th is over the limit, and the rest are not read.
    assertEquals(50, texts.bodiesRead.get());
  }

  @Test
  void aResultWithinTheByteLimitRuns() {
    Kiln kiln = Kiln.newKiln().modules(new Texts()).maxResultBytes(2_100_000).build();

    Map<String, Object> result = run(kiln, "{ texts { body } }");

    assertEquals(List.of("data"), List.copyOf(result.keySet()));
  }

  @Test
  void theByteLimitIsTenMegabytesByDefault() {
    assertEquals(10_000_000L, Kiln.DEFAULT_MAX_RESULT_BYTES);
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Kiln.newKiln().maxResultBytes(0));
    assertEquals("maxResultBytes must be at least 1, but was 0.", error.getMessage());
  }

  /** {@code Subscription.ticks: Tick} with {@code Tick { text: String }}: 20 events of 1,000 characters, published as they are asked for. */
  private static final KilnModule TICKS =
      new KilnModule() {
        @Override
        public String name() {
          return "test.Ticks";
        }

        @Override
        public void contribute(SchemaContribution contribution) {
          contribution.addQueryField(GraphQLFieldDefinition.newFieldDefinition().name("ping").type(Scalars.GraphQLString).build());
          contribution.addType(
              GraphQLObjectType.newObject().name("Tick").field(GraphQLFieldDefinition.newFieldDefinition().name("text").type(Scalars.GraphQLString)).build());
          contribution.addSubscriptionField(GraphQLFieldDefinition.newFieldDefinition().name("ticks").type(GraphQLTypeReference.typeRef("Tick")).build());
          contribution.dataFetcher(FieldCoordinates.coordinates("Subscription", "ticks"), env -> ticks(20));
          contribution.dataFetcher(FieldCoordinates.coordinates("Tick", "text"), env -> env.getSource());
        }
      };

  private static Publisher<String> ticks(int count) {
    return subscriber ->
        subscriber.onSubscribe(
            new Subscription() {
              private int sent;

              @Override
              public void request(long n) {
                for (long i = 0; i < n && sent < count; i++) {
                  sent++;
                  subscriber.onNext("t".repeat(1000));
                }
                if (sent == count) {
                  sent++;
                  subscriber.onComplete();
                }
              }

              @Override
              public void cancel() {
                sent = count + 1;
              }
            });
  }

  @Test
  void aSubscriptionsEventsAreNotCountedAgainstTheResultLimit() {
    Kiln kiln = Kiln.newKiln().modules(TICKS).maxResultBytes(5_000).build();
    Publisher<ExecutionResult> events = kiln.execute(KilnRequest.of("subscription { ticks { text } }")).getData();
    List<Object> received = new java.util.ArrayList<>();
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
          public void onError(Throwable failure) {
            received.add(failure);
          }

          @Override
          public void onComplete() {}
        });

    assertEquals(Collections.nCopies(20, Map.of("data", Map.of("ticks", Map.of("text", "t".repeat(1000))))), received);
  }
}
