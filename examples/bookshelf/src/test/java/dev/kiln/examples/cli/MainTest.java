package dev.kiln.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void printsTheWholeResultOfAQuerySplitIntoWordsAsMavenPassesIt() throws Exception {
    int status = run("{", "books", "{", "title", "author", "{", "name", "}", "}", "}");

    assertEquals(0, status);
    assertEquals(
        JSON.readTree(
            """
            {"data": {"books": [
              {"title": "The Hobbit", "author": {"name": "J. R. R. Tolkien"}},
              {"title": "Finn Family Moomintroll", "author": {"name": "Tove Jansson"}},
              {"title": "The Hitchhiker's Guide to the Galaxy", "author": {"name": "Douglas Adams"}}
            ]}}
            """),
        stdout());
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void passesArgumentsAndPrintsNullsForAbsentValues() throws Exception {
    int status = run("{ books(format: EBOOK) { title year author { country } } }");

    assertEquals(0, status);
    assertEquals(
        JSON.readTree(
            """
            {"data": {"books": [
              {"title": "The Hitchhiker's Guide to the Galaxy", "year": 1979, "author": {"country": null}}
            ]}}
            """),
        stdout());
  }

  @Test
  void exitsWithOneAndPrintsTheErrorsWhenTheQueryIsInvalid() throws Exception {
    int status = run("{ books { isbn } }");

    assertEquals(1, status);
    assertEquals(
        JSON.readTree(
            """
            {"errors": [{
              "message": "Validation error (FieldUndefined@[books/isbn]) : Field 'isbn' in type 'Book' is undefined",
              "locations": [{"line": 1, "column": 11}],
              "extensions": {"classification": "ValidationError"}
            }]}
            """),
        stdout());
  }

  @Test
  void exitsWithTwoAndPrintsUsageWhenNoQueryIsGiven() {
    int status = run();

    assertEquals(2, status);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertEquals(
        "usage: Main QUERY...", err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
  }

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private JsonNode stdout() throws Exception {
    return JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }
}
