package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.integration.library.Viewer;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Authorized} fields of the library, asked by a librarian, by a reader and by an anonymous
 * request, each compared as the whole response: {@code Loan.borrower} (a policy, denied with an
 * error), {@code Book.acquisitionNote} (a role, denied as null, declared on {@code Shelved} and
 * overridden in {@code Book} without the annotation) and the mutation {@code renewLoan} (a role).
 */
class AuthorizationTest {
  private static final Viewer LIBRARIAN = new Viewer("linus", Set.of("librarian"));
  private static final Viewer READER = new Viewer("ada");

  private static final String LOANS = "{ loans { book { title } dueDate borrower } }";
  private static final String NOTE = "{ book(id: 2) { title acquisitionNote } }";
  private static final String RENEW = "mutation { renewLoan(bookId: 2) { dueDate renewals borrower } }";

  private Kiln kiln;

  @BeforeEach
  void startFromAFreshCatalog() {
    kiln = Kiln.newKiln().build();
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of(
            "A librarian reads every borrower",
            LOANS,
            LIBRARIAN,
            """
            {"data": {"loans": [
              {"book": {"title": "The Dispossessed"}, "dueDate": "2026-02-01", "borrower": "ada"},
              {"book": {"title": "SPQR"}, "dueDate": "2026-02-14", "borrower": "ada"},
              {"book": {"title": "Murder on the Orient Express"}, "dueDate": "2026-01-20", "borrower": "grace"}
            ]}}
            """),
        Arguments.of(
            "A reader reads their own borrower and gets an error for another reader's",
            LOANS,
            READER,
            """
            {"errors": [
              {"message": "Not authorized to read \\"Loan.borrower\\".", "locations": [{"line": 1, "column": 34}],
               "path": ["loans", 2, "borrower"], "extensions": {"classification": "UNAUTHORIZED"}}
            ],
            "data": {"loans": [
              {"book": {"title": "The Dispossessed"}, "dueDate": "2026-02-01", "borrower": "ada"},
              {"book": {"title": "SPQR"}, "dueDate": "2026-02-14", "borrower": "ada"},
              {"book": {"title": "Murder on the Orient Express"}, "dueDate": "2026-01-20", "borrower": null}
            ]}}
            """),
        Arguments.of(
            "An anonymous request gets an error for every borrower, and the public fields",
            LOANS,
            null,
            """
            {"errors": [
              {"message": "Not authorized to read \\"Loan.borrower\\".", "locations": [{"line": 1, "column": 34}],
               "path": ["loans", 0, "borrower"], "extensions": {"classification": "UNAUTHORIZED"}},
              {"message": "Not authorized to read \\"Loan.borrower\\".", "locations": [{"line": 1, "column": 34}],
               "path": ["loans", 1, "borrower"], "extensions": {"classification": "UNAUTHORIZED"}},
              {"message": "Not authorized to read \\"Loan.borrower\\".", "locations": [{"line": 1, "column": 34}],
               "path": ["loans", 2, "borrower"], "extensions": {"classification": "UNAUTHORIZED"}}
            ],
            "data": {"loans": [
              {"book": {"title": "The Dispossessed"}, "dueDate": "2026-02-01", "borrower": null},
              {"book": {"title": "SPQR"}, "dueDate": "2026-02-14", "borrower": null},
              {"book": {"title": "Murder on the Orient Express"}, "dueDate": "2026-01-20", "borrower": null}
            ]}}
            """),
        Arguments.of(
            "A librarian reads the note that Book overrides without @Authorized",
            NOTE,
            LIBRARIAN,
            """
            {"data": {"book": {"title": "The Dispossessed", "acquisitionNote": "Bought new, ISBN 9780061054884"}}}
            """),
        Arguments.of(
            "A reader gets null for the overriding note, without an error",
            NOTE,
            READER,
            """
            {"data": {"book": {"title": "The Dispossessed", "acquisitionNote": null}}}
            """),
        Arguments.of(
            "An anonymous request gets null for the overriding note, without an error",
            NOTE,
            null,
            """
            {"data": {"book": {"title": "The Dispossessed", "acquisitionNote": null}}}
            """),
        Arguments.of(
            "A librarian renews a loan",
            RENEW,
            LIBRARIAN,
            """
            {"data": {"renewLoan": {"dueDate": "2026-02-15", "renewals": 1, "borrower": "ada"}}}
            """),
        Arguments.of(
            "A reader may not renew, even their own loan",
            RENEW,
            READER,
            """
            {"errors": [
              {"message": "Not authorized to run \\"Mutation.renewLoan\\".", "locations": [{"line": 1, "column": 12}],
               "path": ["renewLoan"], "extensions": {"classification": "UNAUTHORIZED"}}
            ],
            "data": {"renewLoan": null}}
            """),
        Arguments.of(
            "An anonymous request may not renew",
            RENEW,
            null,
            """
            {"errors": [
              {"message": "Not authorized to run \\"Mutation.renewLoan\\".", "locations": [{"line": 1, "column": 12}],
               "path": ["renewLoan"], "extensions": {"classification": "UNAUTHORIZED"}}
            ],
            "data": {"renewLoan": null}}
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void answersAsTheViewerMaySee(String behaviour, String query, Viewer viewer, String expected) {
    assertEquals(Json.parse(expected), Json.of(kiln.execute(request(query, viewer))));
  }

  @Test
  void aDeniedMutationIsNeverCalled() {
    kiln.execute(request(RENEW, READER));
    kiln.execute(request(RENEW, null));

    assertEquals(
        Json.parse(
            """
            {"data": {"loans": [{"renewals": 0}, {"renewals": 1}, {"renewals": 2}]}}
            """),
        Json.of(kiln.execute(request("{ loans { renewals } }", LIBRARIAN))));
  }

  private static KilnRequest request(String query, Viewer viewer) {
    return KilnRequest.newRequest().query(query).context(viewer).build();
  }
}
