package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.integration.library.Viewer;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.introspection.IntrospectionQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs real queries against the library domain and compares each whole response, as a client
 * receives it, with the expected JSON. Every test starts from a fresh {@link Kiln}, so from a fresh
 * sample catalog.
 */
class QueryTest {
  private Kiln kiln;

  @BeforeEach
  void startFromAFreshCatalog() {
    kiln = Kiln.newKiln().build();
  }

  /**
   * Each case is {@code queries/NAME.graphql}, the expected response {@code queries/NAME.json} and,
   * if the query has variables, {@code queries/NAME.variables.json}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Lists books sorted by title, applying the defaults of omitted arguments   | books-by-title
          Passes literal String and Int arguments to the method                     | literal-arguments
          Aliases rename fields and ask for one field twice                         | aliases
          Named fragments spread their fields where they are used                   | named-fragments
          Inline fragments, with and without a type condition, add their fields     | inline-fragments
          An enum variable reaches the method as the Java enum constant             | enum-variable
          A variable's default applies when the request leaves the variable out     | variable-defaults
          An argument's default applies when the query leaves the argument out      | argument-defaults
          Skip and include drop or keep fields by variable or literal               | skip-include
          __typename names the object type at every level                          | typename
          An ID argument may be written as a String or an Int literal               | id-argument
          An ID variable is given as a string and bound to an int parameter          | id-variable
          An ID argument that is not a number is the client's error                 | id-not-a-number
          An ID for an int is canonical ASCII decimal, without a plus or leading zero | id-not-canonical
          An unknown book or author is null, not an error                           | not-found
          Null and empty Optional values are null in the response                   | absent-values
          Sets, arrays and lists all become JSON arrays in their Java order         | collections
          A deprecated field still answers                                          | deprecated-field
          A deprecated enum constant is listed only when deprecated values are asked | deprecated-enum-value
          A record component marked @Ignore is not a field                         | ignored-component
          A class's fields are its @Field members, getters named without get or is | field-members
          Asking for a field the type does not have is a validation error           | unknown-field
          A static method serves a root field                                       | static-query
          Records nest, and a list of non-null strings is a list of strings          | nested-objects
          A GraphQLClientException's message reaches the client                     | client-error
          A mutation's GraphQLClientException reaches the client and changes nothing | rating-out-of-range
          A GraphQLClientException's extensions join the error's extensions         | review-unknown-book
          A union's members are told apart by __typename and inline fragments        | union-with-fragments
          An interface's fields answer on every implementation, fragments add more  | interface-with-fragments
          """)
  void answersTheQueryWithTheWholeExpectedResponse(String behaviour, String name) {
    String variables = Json.resource("queries/" + name + ".variables.json");
    KilnRequest request =
        KilnRequest.newRequest()
            .query(queryResource(name))
            .variables(variables == null ? Map.of() : Json.parseObject(variables))
            .build();

    assertEquals(expectedResource(name), Json.of(kiln.execute(request)));
  }

  @Test
  void introspectionQueryReturnsTheGoldenResult() throws Exception {
    JsonNode result = Json.of(kiln.execute(KilnRequest.of(IntrospectionQuery.INTROSPECTION_QUERY)));

    assertEquals(List.of("data"), fieldNames(result), () -> "Introspection failed: " + result);
    assertEquals(Set.of(), typesReferencedButNotListed(result.at("/data/__schema")));
    Goldens.assertMatchesJson("introspection.json", result);
  }

  /**
   * A client such as graphql-js's buildClientSchema rejects an introspection result that refers to
   * a type (a field's, an argument's) that {@code __schema.types} does not list.
   */
  private static Set<String> typesReferencedButNotListed(JsonNode schema) {
    Set<String> listed = new TreeSet<>();
    Set<String> referenced = new TreeSet<>();
    for (JsonNode type : schema.get("types")) {
      listed.add(type.get("name").asText());
      for (JsonNode field : type.path("fields")) {
        referenced.add(namedType(field.get("type")));
        field.get("args").forEach(arg -> referenced.add(namedType(arg.get("type"))));
      }
    }
    referenced.removeAll(listed);
    return referenced;
  }

  private static String namedType(JsonNode typeRef) {
    JsonNode type = typeRef;
    while (type.get("name").isNull()) {
      type = type.get("ofType");
    }
    return type.get("name").asText();
  }

  @Test
  void aMutationChangesWhatALaterQuerySees() {
    String reviews = "{ book(id: 6) { averageRating reviews { id rating text reviewer } } }";
    assertEquals(
        Json.parse(
            """
            {"data": {"book": {"averageRating": null, "reviews": []}}}
            """),
        Json.of(kiln.execute(KilnRequest.of(reviews))));

    JsonNode mutation =
        Json.of(
            kiln.execute(
                KilnRequest.newRequest()
                    .query(
                        """
                        mutation Review($book: ID!, $rating: Int!, $text: String) {
                          addReview(bookId: $book, rating: $rating, text: $text) { id rating text reviewer }
                        }
                        """)
                    .variables(Map.of("book", "6", "rating", 5, "text", "Vivid and funny."))
                    .context(new Viewer("linus"))
                    .build()));

    // The sample catalog holds reviews 1 to 5, so the new one is number 6.
    assertEquals(
        Json.parse(
            """
            {"data": {"addReview": {"id": "6", "rating": 5, "text": "Vivid and funny.", "reviewer": "linus"}}}
            """),
        mutation);
    assertEquals(
        Json.parse(
            """
            {"data": {"book": {"averageRating": 5.0, "reviews": [
              {"id": "6", "rating": 5, "text": "Vivid and funny.", "reviewer": "linus"}
            ]}}}
            """),
        Json.of(kiln.execute(KilnRequest.of(reviews))));
  }

  @Test
  void aDateArgumentIsReadFromALiteralAndFromAVariableAndADateIsWrittenBack() {
    String expected =
        """
        {"data": {"myLoans": [{"dueDate": "2026-02-01", "book": {"title": "The Dispossessed"}}]}}
        """;
    KilnRequest literal =
        KilnRequest.newRequest()
            .query("{ myLoans(dueBefore: \"2026-02-10\") { dueDate book { title } } }")
            .context(new Viewer("ada"))
            .build();
    KilnRequest variable =
        KilnRequest.newRequest()
            .query("query Due($d: Date) { myLoans(dueBefore: $d) { dueDate book { title } } }")
            .variables(Map.of("d", "2026-02-10"))
            .context(new Viewer("ada"))
            .build();

    assertEquals(Json.parse(expected), Json.of(kiln.execute(literal)));
    assertEquals(Json.parse(expected), Json.of(kiln.execute(variable)));
  }

  @Test
  void aOneOfInputTakesExactlyOneOfItsFields() {
    assertEquals(
        Json.parse("{\"data\": {\"a\": {\"title\": \"Kindred\"}, \"b\": {\"title\": \"A Wizard of Earthsea\"}}}"),
        Json.of(kiln.execute(KilnRequest.of("{ a: bookBy(key: {id: 3}) { title } b: bookBy(key: {isbn: \"9780547773742\"}) { title } }"))));

    JsonNode both = Json.of(kiln.execute(KilnRequest.of("{ bookBy(key: {id: 3, isbn: \"9780547773742\"}) { title } }")));

    assertEquals(List.of("errors"), fieldNames(both), both::toString);
    assertTrue(both.at("/errors/0/message").asText().contains("BookKey"), both::toString);
  }

  @Test
  void aFieldInheritedFromASuperclassAnswersOnTheSubclass() {
    assertEquals(
        Json.parse("{\"data\": {\"book\": {\"title\": \"Kindred\", \"shelfMark\": \"S-3\"}}}"),
        Json.of(kiln.execute(KilnRequest.of("{ book(id: 3) { title shelfMark } }"))));
  }

  @Test
  void eachUseOfAGenericTypeIsItsOwnConcretelyNamedType() {
    String expected =
        """
        {"data": {
          "booksPage": {"__typename": "BookPage", "total": 6, "hasMore": true,
                        "items": [{"title": "A Wizard of Earthsea"}, {"title": "Good Omens"}]},
          "authorsPage": {"__typename": "AuthorPage", "total": 6, "hasMore": false}}}
        """;

    JsonNode result =
        Json.of(
            kiln.execute(
                KilnRequest.of(
                    "{ booksPage { __typename total hasMore items { title } } authorsPage { __typename total hasMore } }")));

    assertEquals(Json.parse(expected), result);
  }

  @Test
  void aMutationTakesANestedInputFromALiteralAndFromAVariable() {
    String expected =
        """
        {"data": {"registerReader": {
          "card": 1003, "name": "Ada", "email": "ada@example.org", "phone": null,
          "favourites": ["SCIENCE_FICTION", "MYSTERY"], "newsletter": true}}}
        """;
    String selection = "{ card name email phone favourites newsletter }";
    KilnRequest literal =
        KilnRequest.of(
            "mutation { registerReader(reader: {name: \"Ada\", contact: {email: \"ada@example.org\"},"
                + " favourites: [SCIENCE_FICTION, MYSTERY]}) "
                + selection
                + " }");
    KilnRequest variable =
        KilnRequest.newRequest()
            .query("mutation Register($reader: NewReader!) { registerReader(reader: $reader) " + selection + " }")
            .variables(
                Map.of(
                    "reader",
                    Map.of(
                        "name", "Ada",
                        "contact", Map.of("email", "ada@example.org"),
                        "favourites", List.of("SCIENCE_FICTION", "MYSTERY"))))
            .build();

    assertEquals(Json.parse(expected), Json.of(kiln.execute(literal)));
    assertEquals(Json.parse(expected), Json.of(kiln.execute(variable)));
  }

  @Test
  void anInputWithoutARequiredFieldIsAValidationError() {
    JsonNode result =
        Json.of(kiln.execute(KilnRequest.of("mutation { registerReader(reader: {name: \"Ada\", favourites: []}) { card } }")));

    assertEquals(List.of("errors"), fieldNames(result), result::toString);
    assertEquals("ValidationError", result.at("/errors/0/extensions/classification").asText(), result::toString);
    assertTrue(result.at("/errors/0/message").asText().contains("contact"), result::toString);
  }

  @Test
  void aCustomScalarIsReadFromALiteralAndFromAVariableAndWrittenBack() {
    String expected =
        """
        {"data": {"bookByIsbn": {"title": "A Wizard of Earthsea", "isbn": "9780547773742"}}}
        """;
    KilnRequest literal = KilnRequest.of("{ bookByIsbn(isbn: \"9780547773742\") { title isbn } }");
    KilnRequest variable =
        KilnRequest.newRequest()
            .query("query ByIsbn($isbn: Isbn!) { bookByIsbn(isbn: $isbn) { title isbn } }")
            .variables(Map.of("isbn", "9780547773742"))
            .build();

    assertEquals(Json.parse(expected), Json.of(kiln.execute(literal)));
    assertEquals(Json.parse(expected), Json.of(kiln.execute(variable)));
  }

  @Test
  void aCustomScalarLiteralItsCoercingRefusesIsAValidationError() {
    JsonNode result = Json.of(kiln.execute(KilnRequest.of("{ bookByIsbn(isbn: \"978-0547773742\") { title } }")));

    assertEquals(List.of("errors"), fieldNames(result), result::toString);
    assertEquals("ValidationError", result.at("/errors/0/extensions/classification").asText(), result::toString);
    assertTrue(result.at("/errors/0/message").asText().contains("An Isbn is a string of 13 digits."), result::toString);
  }

  @Test
  void aDateThatDoesNotExistIsTheClientsError() {
    KilnRequest request =
        KilnRequest.newRequest()
            .query("query Due($d: Date) { myLoans(dueBefore: $d) { dueDate } }")
            .variables(Map.of("d", "2026-02-30"))
            .context(new Viewer("ada"))
            .build();

    JsonNode result = Json.of(kiln.execute(request));

    assertEquals(List.of("errors"), fieldNames(result), result::toString);
    assertEquals("ValidationError", result.at("/errors/0/extensions/classification").asText(), result::toString);
    assertTrue(result.at("/errors/0/message").asText().contains("2026-02-30"), result::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("loansByViewer")
  void aContextParameterReceivesTheViewerOfTheRequest(String viewer, String expected) {
    KilnRequest request =
        KilnRequest.newRequest()
            .query("{ myLoans { dueDate renewals book { title } } }")
            .context(viewer == null ? null : new Viewer(viewer))
            .build();

    assertEquals(Json.parse(expected), Json.of(kiln.execute(request)));
  }

  static Stream<Arguments> loansByViewer() {
    return Stream.of(
        Arguments.of(
            "ada",
            """
            {"data": {"myLoans": [
              {"dueDate": "2026-02-01", "renewals": 0, "book": {"title": "The Dispossessed"}},
              {"dueDate": "2026-02-14", "renewals": 1, "book": {"title": "SPQR"}}
            ]}}
            """),
        Arguments.of(
            "grace",
            """
            {"data": {"myLoans": [
              {"dueDate": "2026-01-20", "renewals": 2, "book": {"title": "Murder on the Orient Express"}}
            ]}}
            """),
        Arguments.of(
            null,
            """
            {"data": {"myLoans": []}}
            """));
  }

  @Test
  void anExceptionFromApplicationCodeIsMaskedAndLoggedWithTheErrorId() {
    LogCapture log = LogCapture.start("dev.kiln.runtime");
    JsonNode result;
    try {
      result = Json.of(kiln.execute(KilnRequest.of("{ book(id: 4) { title copiesOnShelf } }")));
    } finally {
      log.stop();
    }
    List<LogRecord> logged = log.records;

    JsonNode errorId = result.at("/errors/0/extensions/errorId");
    UUID.fromString(errorId.asText()); // throws unless the id is a UUID
    ((ObjectNode) result.at("/errors/0/extensions")).put("errorId", "<random UUID>");
    assertEquals(
        Json.parse(
            """
            {
              "errors": [{
                "message": "Internal error",
                "locations": [{"line": 1, "column": 23}],
                "path": ["book", "copiesOnShelf"],
                "extensions": {"errorId": "<random UUID>", "classification": "INTERNAL_ERROR"}
              }],
              "data": {"book": {"title": "Good Omens", "copiesOnShelf": null}}
            }
            """),
        result);

    assertEquals(1, logged.size(), () -> "Logged: " + logged);
    LogRecord record = logged.get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertTrue(
        record.getMessage().contains(errorId.asText()),
        () -> "The log message \"" + record.getMessage() + "\" does not contain the errorId " + errorId);
    IllegalStateException thrown = assertInstanceOf(IllegalStateException.class, record.getThrown());
    assertEquals("Inventory has no record of book 4 (table SHELF_STOCK)", thrown.getMessage());
  }

  private static String queryResource(String name) {
    String query = Json.resource("queries/" + name + ".graphql");
    assertNotNull(query, "No test resource queries/" + name + ".graphql");
    return query;
  }

  private static JsonNode expectedResource(String name) {
    String expected = Json.resource("queries/" + name + ".json");
    assertNotNull(expected, "No test resource queries/" + name + ".json");
    return Json.parse(expected);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Collects what a java.util.logging logger publishes, which is where System.Logger goes by default. */
  private static final class LogCapture extends Handler {
    private final Logger logger;
    private final boolean usedParentHandlers;
    private final List<LogRecord> records = new ArrayList<>();

    private LogCapture(Logger logger) {
      this.logger = logger;
      this.usedParentHandlers = logger.getUseParentHandlers();
    }

    static LogCapture start(String loggerName) {
      LogCapture capture = new LogCapture(Logger.getLogger(loggerName));
      capture.logger.addHandler(capture);
      // The expected stack trace would only clutter the build's output.
      capture.logger.setUseParentHandlers(false);
      return capture;
    }

    void stop() {
      logger.removeHandler(this);
      logger.setUseParentHandlers(usedParentHandlers);
    }

    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
