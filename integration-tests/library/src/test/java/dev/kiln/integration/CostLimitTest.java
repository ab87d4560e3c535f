package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import org.junit.jupiter.api.Test;

/**
 * The cost limit uses the weights and list sizes the processor computed from the library's
 * {@code @Cost} and {@code @ListSize}: {@code Book.authors} is assumed to list 3 authors, and
 * {@code search} weighs 5 and is assumed to find 20 results.
 */
class CostLimitTest {
  private static final String BOOKS_WITH_AUTHORS = "{ books(first: 2) { title authors { name } } }";

  private static String refusal(long cost, int max) {
    return "{\"errors\": [{\"message\": \"The operation's estimated cost is " + cost + "; the limit (maxCost) is " + max + ".\","
        + " \"extensions\": {\"classification\": \"QUERY_LIMIT\", \"limit\": \"maxCost\", \"max\": " + max + ", \"cost\": " + cost + "}}]}";
  }

  @Test
  void aListFieldCostsItsDeclaredAssumedSizeTimesItsSelections() {
    // books: 2 × (1 + authors: 3 × (1 + name: 0)) = 8
    Kiln atTheLimit = Kiln.newKiln().maxCost(8).build();
    Kiln belowIt = Kiln.newKiln().maxCost(7).build();

    assertEquals(
        Json.parse(
            """
            {"data": {"books": [
              {"title": "A Wizard of Earthsea", "authors": [{"name": "Ursula K. Le Guin"}]},
              {"title": "Good Omens", "authors": [{"name": "Terry Pratchett"}, {"name": "Neil Gaiman"}]}
            ]}}"""),
        Json.of(atTheLimit.execute(KilnRequest.of(BOOKS_WITH_AUTHORS))));
    assertEquals(Json.parse(refusal(8, 7)), Json.of(belowIt.execute(KilnRequest.of(BOOKS_WITH_AUTHORS))));
  }

  @Test
  void aFieldWeighsItsCostAnnotation() {
    // search: 20 × (5 + the dearest of Book { title }: 0 and Author { name }: 0) = 100
    String search = "{ search(text: \"kindred\") { ... on Book { title } ... on Author { name } } }";

    assertEquals(Json.parse("{\"data\": {\"search\": [{\"title\": \"Kindred\"}]}}"), Json.of(Kiln.newKiln().maxCost(100).build().execute(KilnRequest.of(search))));
    assertEquals(Json.parse(refusal(100, 99)), Json.of(Kiln.newKiln().maxCost(99).build().execute(KilnRequest.of(search))));
  }

  @Test
  void theDefaultLimitRefusesAnExpensiveOperationBeforeItRuns() {
    // books: 1000 × (1 + reviews: 100 × (1 + rating: 0)) = 101000
    String expensive = "{ books(first: 1000) { reviews(first: 100) { rating } } }";

    assertEquals(Json.parse(refusal(101_000, Kiln.DEFAULT_MAX_COST)), Json.of(Kiln.newKiln().build().execute(KilnRequest.of(expensive))));
  }
}
