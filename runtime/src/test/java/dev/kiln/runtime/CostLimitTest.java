package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kiln.runtime.spi.FieldCost;
import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLUnionType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The cost limit multiplies through list fields by their slicing arguments or assumed sizes, and
 * refuses, naming the limit, an operation that costs more than it allows.
 */
class CostLimitTest {

  /**
   * <pre>
   * type Query {
   *   books(first: Int, last: Int): [Book!]!   shelf(limit: Int = 4): [Book]   authors: [Author]
   *   reviews(count: Int): [Review]  (registered: weight 2, assumed size 3, sliced by count)
   *   matrix: [[Int]]                (registered: weight 1, assumed size 2)
   *   node: Node   search(first: Int): [SearchResult]   title: String
   * }
   * interface Node { id: ID }
   * type Book implements Node { id: ID, title: String, author: Author, reviews(first: Int): [Review] }
   * type Author implements Node { id: ID, name: String, books(first: Int): [Book] }
   * type Review { stars: Int }
   * union SearchResult = Book | Author
   * </pre>
   */
  private static final KilnModule LIBRARY =
      new KilnModule() {
        @Override
        public String name() {
          return "test.Library";
        }

        @Override
        public void contribute(SchemaContribution contribution) {
          contribution.addType(
              GraphQLInterfaceType.newInterface().name("Node").field(field("id", Scalars.GraphQLID)).build());
          contribution.addType(
              GraphQLObjectType.newObject()
                  .name("Book")
                  .withInterface(GraphQLTypeReference.typeRef("Node"))
                  .field(field("id", Scalars.GraphQLID))
                  .field(field("title", Scalars.GraphQLString))
                  .field(field("author", ref("Author")))
                  .field(field("reviews", GraphQLList.list(ref("Review")), intArgument("first")))
                  .build());
          contribution.addType(
              GraphQLObjectType.newObject()
                  .name("Author")
                  .withInterface(GraphQLTypeReference.typeRef("Node"))
                  .field(field("id", Scalars.GraphQLID))
                  .field(field("name", Scalars.GraphQLString))
                  .field(field("books", GraphQLList.list(ref("Book")), intArgument("first")))
                  .build());
          contribution.addType(GraphQLObjectType.newObject().name("Review").field(field("stars", Scalars.GraphQLInt)).build());
          contribution.addType(
              GraphQLUnionType.newUnionType().name("SearchResult").possibleType(ref("Book")).possibleType(ref("Author")).build());
          contribution.typeResolver("Node", env -> null);
          contribution.typeResolver("SearchResult", env -> null);
          contribution.addQueryField(
              field("books", GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(ref("Book")))), intArgument("first"), intArgument("last")));
          contribution.addQueryField(
              field(
                  "shelf",
                  GraphQLList.list(ref("Book")),
                  GraphQLArgument.newArgument().name("limit").type(Scalars.GraphQLInt).defaultValueProgrammatic(4).build()));
          contribution.addQueryField(field("authors", GraphQLList.list(ref("Author"))));
          contribution.addQueryField(field("reviews", GraphQLList.list(ref("Review")), intArgument("count")));
          contribution.addQueryField(field("matrix", GraphQLList.list(GraphQLList.list(Scalars.GraphQLInt))));
          contribution.addQueryField(field("node", ref("Node")));
          contribution.addQueryField(field("search", GraphQLList.list(ref("SearchResult")), intArgument("first")));
          contribution.addQueryField(field("title", Scalars.GraphQLString));
          contribution.dataFetcher(FieldCoordinates.coordinates("Query", "books"), env -> List.of());
          contribution.dataFetcher(FieldCoordinates.coordinates("Query", "title"), env -> "Kiln");
          contribution.fieldCost(
              FieldCoordinates.coordinates("Query", "reviews"),
              FieldCost.newFieldCost().weight(2).assumedListSize(3).slicingArguments(List.of("count")).build());
          contribution.fieldCost(FieldCoordinates.coordinates("Query", "matrix"), FieldCost.newFieldCost().weight(1).assumedListSize(2).build());
        }
      };

  private static GraphQLFieldDefinition field(String name, GraphQLOutputType type, GraphQLArgument... arguments) {
    return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).arguments(List.of(arguments)).build();
  }

  private static GraphQLTypeReference ref(String name) {
    return GraphQLTypeReference.typeRef(name);
  }

  private static GraphQLArgument intArgument(String name) {
    GraphQLInputType type = Scalars.GraphQLInt;
    return GraphQLArgument.newArgument().name(name).type(type).build();
  }

  private static Map<String, Object> run(Kiln kiln, String query, Map<String, Object> variables) {
    return kiln.execute(KilnRequest.newRequest().query(query).variables(variables).build()).toSpecification();
  }

  private static Map<String, Object> refusal(long cost, int max) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", "QUERY_LIMIT");
    extensions.put("limit", "maxCost");
    extensions.put("max", max);
    extensions.put("cost", cost);
    String message = "The operation's estimated cost is " + cost + "; the limit (maxCost) is " + max + ".";
    return Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
  }

  static Stream<Arguments> costs() {
    return Stream.of(
        Arguments.of("{ books(first: 3) { title } }", Map.of(), 3),
        Arguments.of("{ books(last: 7) { title } }", Map.of(), 7),
        Arguments.of("{ books(first: 3, last: 5) { title } }", Map.of(), 5),
        Arguments.of("query($n: Int) { books(first: $n) { title } }", Map.of("n", 6), 6),
        Arguments.of("query($n: Int = 8) { books(first: $n) { title } }", Map.of(), 8),
        Arguments.of("query($n: Int) { books(first: $n) { title } }", Map.of(), 10),
        Arguments.of("{ books(first: null) { title } }", Map.of(), 10),
        Arguments.of("{ shelf { title } }", Map.of(), 4),
        Arguments.of("{ shelf(limit: 2) { title } }", Map.of(), 2),
        Arguments.of("{ authors { name } }", Map.of(), 10),
        Arguments.of("{ reviews { stars } }", Map.of(), 6),
        Arguments.of("{ reviews(count: 4) { stars } }", Map.of(), 8),
        Arguments.of("{ matrix }", Map.of(), 4),
        Arguments.of("{ books(first: 2) { reviews(first: 3) { stars } } }", Map.of(), 8),
        Arguments.of("{ books(first: 2) { author { books(first: 5) { title } } } }", Map.of(), 14),
        Arguments.of("{ books(first: 2) { ...B } } fragment B on Book { author { name } reviews(first: 4) { stars } }", Map.of(), 12),
        Arguments.of("{ books(first: 2) { ...B ...B } } fragment B on Book { author { name } }", Map.of(), 6),
        Arguments.of("{ node { ... on Book { reviews(first: 5) { stars } } ... on Author { books(first: 2) { title } } } }", Map.of(), 6),
        Arguments.of("{ node { id ...N } } fragment N on Node { ... on Author { books(first: 9) { id } } }", Map.of(), 10),
        Arguments.of("{ search(first: 3) { ... on Book { author { name } } ... on Author { name } } }", Map.of(), 6),
        Arguments.of("{ books(first: 3) { title } authors @skip(if: true) { name } }", Map.of(), 3),
        Arguments.of("query($on: Boolean!) { books(first: 3) { title } authors @include(if: $on) { name } }", Map.of("on", true), 13),
        Arguments.of("{ books(first: 0) { author { name } } authors { name } }", Map.of(), 10),
        Arguments.of("{ __typename title books(first: 2) { __typename title } }", Map.of(), 2),
        Arguments.of("{ books(first: 2147483647) { title } }", Map.of(), 2147483647L),
        Arguments.of(
            "{ books(first: 2147483647) { author { books(first: 2147483647) { author { books(first: 2147483647) { title } } } } } }",
            Map.of(),
            Long.MAX_VALUE));
  }

  @ParameterizedTest(name = "{0} costs {2}")
  @MethodSource("costs")
  void anOperationCostsItsFieldsWeightsTimesTheirListSizes(String query, Map<String, Object> variables, long cost) {
    assertEquals(refusal(cost, 1), run(Kiln.newKiln().modules(LIBRARY).maxCost(1).build(), query, variables));
  }

  static Stream<Arguments> negativeSlices() {
    return Stream.of(
        Arguments.of("{ books(first: -1) { title } }", Map.of(), "first", "books", -1, 3),
        Arguments.of("{ books(last: -5) { title } }", Map.of(), "last", "books", -5, 3),
        Arguments.of("{ books(first: 2, last: -1) { author { name } } }", Map.of(), "last", "books", -1, 3),
        Arguments.of("query($n: Int) { books(first: $n) { title } }", Map.of("n", -1), "first", "books", -1, 18),
        Arguments.of("{ reviews(count: -2) { stars } }", Map.of(), "count", "reviews", -2, 3),
        Arguments.of("{ books(first: 1) { reviews(first: -1) { stars } } }", Map.of(), "first", "reviews", -1, 21),
        Arguments.of("{ ...Q } fragment Q on Query { shelf(limit: -3) { title } }", Map.of(), "limit", "shelf", -3, 32));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("negativeSlices")
  void aNegativeSlicingArgumentIsAValidationErrorNotAFreeSubtree(
      String query, Map<String, Object> variables, String argument, String field, int value, int column) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", "The argument \"" + argument + "\" of the field \"" + field + "\" is " + value + "; it slices a list, so it must not be negative.");
    error.put("locations", List.of(Map.of("line", 1, "column", column)));
    error.put("extensions", Map.of("classification", "ValidationError", "argument", argument));

    assertEquals(Map.of("errors", List.of(error)), run(Kiln.newKiln().modules(LIBRARY).build(), query, variables));
  }

  @Test
  void theOperationsOfOneRequestShareItsCostBudget() {
    Kiln kiln = Kiln.newKiln().modules(LIBRARY).maxCost(10).build();
    RequestBudget budget = kiln.newRequestBudget();
    Function<String, Map<String, Object>> run =
        query -> kiln.execute(KilnRequest.newRequest().query(query).budget(budget).build()).toSpecification();
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("classification", "QUERY_LIMIT");
    extensions.put("limit", "maxCost");
    extensions.put("max", 10);
    extensions.put("cost", 13L);
    String message = "The request's operations have an estimated cost of 13 together; the limit (maxCost) is 10 for all the operations of a request.";

    assertEquals(Map.of("data", Map.of("books", List.of())), run.apply("{ books(first: 4) { title } }"));
    assertEquals(Map.of("data", Map.of("books", List.of())), run.apply("{ books(first: 4) { title } }"));
    assertEquals(Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))), run.apply("{ books(first: 5) { title } }"));
    assertEquals(Map.of("data", Map.of("books", List.of())), run.apply("{ books(first: 2) { title } }"));
    assertEquals(10, budget.getCostSpent());
    assertEquals(Map.of("data", Map.of("books", List.of())), run(kiln, "{ books(first: 10) { title } }", Map.of()));
  }

  @Test
  void anOperationThatCostsExactlyTheLimitRuns() {
    Kiln kiln = Kiln.newKiln().modules(LIBRARY).maxCost(3).build();

    assertEquals(Map.of("data", Map.of("books", List.of())), run(kiln, "{ books(first: 3) { title } }", Map.of()));
    assertEquals(refusal(4, 3), run(kiln, "{ books(first: 4) { title } }", Map.of()));
  }

  @Test
  void theLimitIsOnByDefault() {
    Kiln kiln = Kiln.newKiln().modules(LIBRARY).build();

    assertEquals(Map.of("data", Map.of("books", List.of())), run(kiln, "{ books(first: 10000) { title } }", Map.of()));
    assertEquals(refusal(10_001, Kiln.DEFAULT_MAX_COST), run(kiln, "{ books(first: 10001) { title } }", Map.of()));
  }

  /** Kiln's engine with a document cache, which hands out the same parsed document for the same text. */
  private static GraphQL cachingDocuments(Kiln kiln) {
    Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();
    PreparsedDocumentProvider cache =
        new PreparsedDocumentProvider() {
          @Override
          public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
              ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            return CompletableFuture.completedFuture(documents.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input)));
          }
        };
    return kiln.getGraphQL().transform(builder -> builder.preparsedDocumentProvider(cache));
  }

  private static Map<String, Object> run(Kiln kiln, GraphQL graphQL, String query, Map<String, Object> variables) {
    return graphQL.execute(kiln.newExecutionInput(KilnRequest.newRequest().query(query).variables(variables).build())).toSpecification();
  }

  @Test
  void aCachedDocumentIsCostedAgainWithEachRequestsVariables() {
    Kiln kiln = Kiln.newKiln().modules(LIBRARY).maxCost(5).build();
    GraphQL graphQL = cachingDocuments(kiln);
    String sliced = "query($n: Int) { books(first: $n) { title } }";
    String included = "query($on: Boolean!) { books(first: 3) { title } authors @include(if: $on) { name } }";

    assertEquals(Map.of("data", Map.of("books", List.of())), run(kiln, graphQL, sliced, Map.of("n", 3)));
    assertEquals(refusal(6, 5), run(kiln, graphQL, sliced, Map.of("n", 6)));
    assertEquals(Map.of("data", Map.of("books", List.of())), run(kiln, graphQL, included, Map.of("on", false)));
    assertEquals(refusal(13, 5), run(kiln, graphQL, included, Map.of("on", true)));
  }

  @Test
  void aCachedDocumentOverTheLimitIsRefusedEveryTime() {
    Kiln kiln = Kiln.newKiln().modules(LIBRARY).maxCost(5).maxDepth(2).build();
    GraphQL graphQL = cachingDocuments(kiln);

    for (int i = 0; i < 2; i++) {
      assertEquals(Map.of("data", Map.of("books", List.of())), run(kiln, graphQL, "{ books(first: 5) { title } }", Map.of()));
      assertEquals(refusal(6, 5), run(kiln, graphQL, "{ books(first: 6) { title } }", Map.of()));
      assertEquals(
          Map.of(
              "errors",
              List.of(
                  Map.of(
                      "message", "The operation is 3 fields deep; the limit (maxDepth) is 2.",
                      "extensions", Map.of("classification", "QUERY_LIMIT", "limit", "maxDepth", "max", 2)))),
          run(kiln, graphQL, "{ books(first: 1) { author { name } } }", Map.of()));
    }
  }

  @Test
  void theAssumedListSizeIsConfigurable() {
    Kiln kiln = Kiln.newKiln().modules(LIBRARY).maxCost(1).assumedListSize(25).build();

    assertEquals(refusal(25, 1), run(kiln, "{ authors { name } }", Map.of()));
  }

  /** {@code F0} spreads {@code F1} twice, {@code F1} spreads {@code F2} twice, and so on. */
  private static String fragmentExplosion(int levels) {
    StringBuilder query = new StringBuilder("{ books(first: 1) { ...F0 } }");
    for (int level = 0; level < levels; level++) {
      query.append(" fragment F").append(level).append(" on Book { ...F").append(level + 1).append(" ...F").append(level + 1).append(" }");
    }
    return query.append(" fragment F").append(levels).append(" on Book { author { name } }").toString();
  }

  @Test
  void aFragmentExplosionIsCountedOncePerFragment() {
    Kiln kiln = Kiln.newKiln().modules(LIBRARY).build();
    Document document = Parser.parse(fragmentExplosion(30));
    Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
    document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);

    long cost =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> new OperationCost(kiln.getSchema(), Map.of(), 10, fragments, CoercedVariables.emptyVariables()).of(operation));

    assertEquals(1L + (1L << 30), cost);
  }

  @Test
  void aFragmentExplosionIsRefusedQuickly() {
    Kiln kiln = Kiln.newKiln().modules(LIBRARY).build();

    Map<String, Object> fifteen = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run(kiln, fragmentExplosion(15), Map.of()));
    // graphql-java's validation stops the larger one before execution, counting the fields it would merge.
    Map<String, Object> thirty = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run(kiln, fragmentExplosion(30), Map.of()));

    assertEquals(refusal(1L + (1L << 15), Kiln.DEFAULT_MAX_COST), fifteen);
    assertEquals(
        Map.of(
            "errors",
            List.of(
                Map.of(
                    "message", "Query has 131,073 fields which exceeds maximum allowed 100,000",
                    "locations", List.of(),
                    "extensions", Map.of("classification", "ValidationError")))),
        thirty);
  }

  @Test
  void aLimitBelowOneOrANegativeAssumedSizeIsAMistake() {
    IllegalArgumentException maxCost = assertThrows(IllegalArgumentException.class, () -> Kiln.newKiln().maxCost(0));
    IllegalArgumentException assumed = assertThrows(IllegalArgumentException.class, () -> Kiln.newKiln().assumedListSize(-1));

    assertEquals("maxCost must be at least 1, but was 0.", maxCost.getMessage());
    assertEquals("assumedListSize must be at least 0, but was -1.", assumed.getMessage());
  }

  @Test
  void aFieldCostIsNeverNegative() {
    IllegalArgumentException weight = assertThrows(IllegalArgumentException.class, () -> FieldCost.newFieldCost().weight(-1));
    IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> FieldCost.newFieldCost().assumedListSize(-1));

    assertEquals("weight must be at least 0, but was -1.", weight.getMessage());
    assertEquals("assumedListSize must be at least 0, but was -1.", size.getMessage());
  }
}
