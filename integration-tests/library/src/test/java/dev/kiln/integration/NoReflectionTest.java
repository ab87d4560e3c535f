package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.integration.library.Viewer;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ProfilerResult;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kiln's promise: every field is served by generated code, never by graphql-java's reflective
 * {@link PropertyDataFetcher}. Checked twice: statically, on the code registry, and dynamically,
 * with graphql-java's profiler while queries run.
 */
class NoReflectionTest {

  /**
   * Between them, these select every field of every object type in the schema. (The first four
   * books by year leave out Good Omens, whose copiesOnShelf fails and would log a stack trace.)
   */
  private static final String[] QUERIES = {
    """
    {
      books(sortBy: "year", first: 4) {
        id title subtitle year available authors { id name born } genres keywords isbn isbn10
        copiesOnShelf averageRating reviews(first: 2, order: OLDEST) { id rating text reviewer }
      }
    }
    """,
    """
    {
      book(id: "1") { title }
      author(id: "butler") { name }
      branches { id name address { street city postalCode } openDays }
      genres
    }
    """,
    "{ myLoans { dueDate renewals book { title } } }",
    "mutation { addReview(bookId: 3, rating: 4, text: \"Gripping.\") { id rating text reviewer } }",
    "{ search(text: \"ar\") { ... on Book { title } ... on Author { name } } named { name } }",
    "{ bookByIsbn(isbn: \"9780547773742\") { title shelfMark } }",
    "{ bookBy(key: {id: 3}) { title } }",
    "{ node(id: \"Qm9vazox\") { id } nodes(ids: [\"QXV0aG9yOmJ1dGxlcg\"]) { id } onShelf(ids: [\"Qm9vazox\"]) { title } }",
    "{ booksPage { total hasMore items { title } } authorsPage { total hasMore items { name } } }",
    "mutation { registerReader(reader: {name: \"Ada\", contact: {email: \"a@b.c\", phone: \"1\"}, favourites: []}) { card name email phone favourites newsletter } }",
    // Executing a subscription fetches its root field; the events' fields are fetched as they come.
    "subscription { catalogue(first: 1) { title } }",
    // @Authorized fields are fetched by their generated fetchers whether the check allows or denies.
    "{ loans { borrower } book(id: \"1\") { acquisitionNote reviewers } }",
    "mutation { renewLoan(bookId: 2) { dueDate } }",
    "subscription { loanFeed { borrower } }",
  };

  private static final Kiln KILN = Kiln.newKiln().build();

  @Test
  void queriesAreAnsweredWithoutASinglePropertyDataFetcher() {
    Set<String> fetched = new TreeSet<>();
    for (String query : QUERIES) {
      fetched.addAll(coordinatesFetchedWithoutReflection(query));
    }

    assertEquals(allFieldCoordinates(KILN.getSchema()), fetched, "Fields the queries fetched");
  }

  /**
   * Runs {@code query} with graphql-java's profiler and returns the coordinates ({@code
   * Type.field}) of the fields it fetched, after checking that generated fetchers fetched them all.
   */
  private static Set<String> coordinatesFetchedWithoutReflection(String query) {
    ExecutionInput input =
        KilnRequest.newRequest()
            .query(query)
            .context(new Viewer("ada"))
            .profileExecution(true)
            .build()
            .toExecutionInput();
    ExecutionResult result = KILN.execute(input);
    ProfilerResult profile = input.getGraphQLContext().get(ProfilerResult.PROFILER_CONTEXT_KEY);
    assertNotNull(profile, "graphql-java recorded no profile");

    // The profiler counts PropertyDataFetcher and SingletonPropertyDataFetcher invocations as
    // trivial, and those wrapped by instrumentation as wrapped trivial; the rest are custom.
    assertTrue(profile.getTotalDataFetcherInvocations() > 0, () -> "Nothing was fetched: " + result);
    assertEquals(0, profile.getTotalTrivialDataFetcherInvocations(), profile::toString);
    assertEquals(
        0,
        ((Number) profile.shortSummaryMap().get("totalWrappedTrivialDataFetcherInvocations")).intValue(),
        profile::toString);
    assertEquals(
        profile.getTotalDataFetcherInvocations(),
        profile.getTotalCustomDataFetcherInvocations(),
        profile::toString);
    // The profiler records a result type only for custom data fetchers, so every field fetched must
    // have one. (getTrivialDataFetcherFields() cannot tell: in graphql-java 26 it lists every field.)
    assertEquals(profile.getFieldsFetched(), profile.getDataFetcherResultType().keySet());

    return coordinatesOf(profile.getFieldsFetched(), rootType(KILN.getSchema(), query));
  }

  /** Maps result paths such as {@code /books/authors/name} to coordinates such as {@code Author.name}. */
  private static GraphQLObjectType rootType(GraphQLSchema schema, String query) {
    String operation = query.strip();
    if (operation.startsWith("mutation")) {
      return schema.getMutationType();
    }
    return operation.startsWith("subscription") ? schema.getSubscriptionType() : schema.getQueryType();
  }

  private static Set<String> coordinatesOf(Set<String> paths, GraphQLObjectType root) {
    Set<String> coordinates = new TreeSet<>();
    paths.forEach(path -> coordinates.add(coordinatesOf(path, root)));
    return coordinates;
  }

  /**
   * The object type at each step of a path is the field's type; where that is an interface or a
   * union, it is the first possible object type, by name, that has the next field.
   */
  private static String coordinatesOf(String path, GraphQLObjectType root) {
    String[] fieldNames = path.substring(1).split("/");
    GraphQLObjectType type = root;
    for (int i = 0; i < fieldNames.length - 1; i++) {
      GraphQLType next = GraphQLTypeUtil.unwrapAll(field(type, fieldNames[i], path).getType());
      type = next instanceof GraphQLObjectType object ? object : possibleTypeWith((GraphQLNamedType) next, fieldNames[i + 1]);
    }
    return type.getName() + "." + field(type, fieldNames[fieldNames.length - 1], path).getName();
  }

  private static GraphQLObjectType possibleTypeWith(GraphQLNamedType abstractType, String fieldName) {
    List<GraphQLObjectType> possible =
        abstractType instanceof GraphQLUnionType union
            ? union.getTypes().stream().map(GraphQLObjectType.class::cast).toList()
            : KILN.getSchema().getImplementations((GraphQLInterfaceType) abstractType);
    return possible.stream()
        .filter(t -> t.getFieldDefinition(fieldName) != null)
        .min(java.util.Comparator.comparing(GraphQLObjectType::getName))
        .orElseThrow(() -> new AssertionError("No type of " + abstractType.getName() + " has " + fieldName));
  }

  private static GraphQLFieldDefinition field(GraphQLObjectType type, String name, String path) {
    GraphQLFieldDefinition field = type.getFieldDefinition(name);
    assertNotNull(field, () -> "No field " + path + " in the schema (did a query use an alias?)");
    return field;
  }

  @ParameterizedTest(name = "{0} has a generated light data fetcher")
  @MethodSource("allFieldCoordinates")
  void everyFieldHasAGeneratedLightDataFetcher(String coordinates) {
    GraphQLSchema schema = KILN.getSchema();
    String[] parts = coordinates.split("\\.");
    GraphQLObjectType type = schema.getObjectType(parts[0]);
    GraphQLFieldDefinition field = type.getFieldDefinition(parts[1]);
    GraphQLCodeRegistry codeRegistry = schema.getCodeRegistry();

    assertTrue(
        codeRegistry.hasDataFetcher(FieldCoordinates.coordinates(type, field)),
        "No data fetcher is registered, so graphql-java would fall back to the default");
    DataFetcher<?> dataFetcher = codeRegistry.getDataFetcher(type, field);
    assertFalse(dataFetcher instanceof PropertyDataFetcher, dataFetcher::toString);
    assertFalse(dataFetcher instanceof SingletonPropertyDataFetcher, dataFetcher::toString);
    assertInstanceOf(LightDataFetcher.class, dataFetcher);
  }

  static Set<String> allFieldCoordinates() {
    return allFieldCoordinates(KILN.getSchema());
  }

  /** {@code Type.field} for every field of every object type, introspection types excepted. */
  private static Set<String> allFieldCoordinates(GraphQLSchema schema) {
    Set<String> coordinates = new TreeSet<>();
    schema.getAllTypesAsList().stream()
        .filter(type -> type instanceof GraphQLObjectType && !type.getName().startsWith("__"))
        .map(GraphQLObjectType.class::cast)
        .forEach(
            type ->
                type.getFieldDefinitions()
                    .forEach(field -> coordinates.add(type.getName() + "." + field.getName())));
    assertFalse(coordinates.isEmpty(), "The schema has no fields");
    return coordinates;
  }
}
