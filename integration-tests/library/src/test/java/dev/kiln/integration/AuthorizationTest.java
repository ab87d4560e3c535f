package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.kiln.integration.library.Viewer;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;

/**
 * {@code @Authorized} fields of the library, asked by a librarian, by a reader and by an anonymous
 * request, each compared as the whole response: {@code Loan.borrower} (a policy, denied with an
 * error), {@code Book.acquisitionNote} (a role, denied as null, declared on {@code Shelved} and
 * overridden in {@code Book} without the annotation), the batched resolver field {@code
 * Book.reviewers} (a policy on each book, denied as null), the mutation {@code renewLoan} and the
 * subscription {@code loanFeed} (a role each).
 */
class AuthorizationTest {
  private static final Viewer LIBRARIAN = new Viewer("linus", Set.of("librarian"));
  private static final Viewer READER = new Viewer("ada");

  private static final String LOANS = "{ loans { book { title } dueDate borrower } }";
  private static final String NOTE = "{ book(id: 2) { title acquisitionNote } }";
  private static final String REVIEWERS = "{ books(first: 6) { title reviewers } }";
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
            "A librarian sees the reviewers of every book, through the batched field",
            REVIEWERS,
            LIBRARIAN,
            """
            {"data": {"books": [
              {"title": "A Wizard of Earthsea", "reviewers": ["ada", "grace", "linus"]},
              {"title": "Good Omens", "reviewers": ["ada"]},
              {"title": "Kindred", "reviewers": ["grace"]},
              {"title": "Murder on the Orient Express", "reviewers": []},
              {"title": "SPQR", "reviewers": []},
              {"title": "The Dispossessed", "reviewers": []}
            ]}}
            """),
        Arguments.of(
            "A reader sees the reviewers of the books they reviewed; the other books never reach the batch",
            REVIEWERS,
            READER,
            """
            {"data": {"books": [
              {"title": "A Wizard of Earthsea", "reviewers": ["ada", "grace", "linus"]},
              {"title": "Good Omens", "reviewers": ["ada"]},
              {"title": "Kindred", "reviewers": null},
              {"title": "Murder on the Orient Express", "reviewers": null},
              {"title": "SPQR", "reviewers": null},
              {"title": "The Dispossessed", "reviewers": null}
            ]}}
            """),
        Arguments.of(
            "An anonymous request sees no reviewers",
            REVIEWERS,
            null,
            """
            {"data": {"books": [
              {"title": "A Wizard of Earthsea", "reviewers": null},
              {"title": "Good Omens", "reviewers": null},
              {"title": "Kindred", "reviewers": null},
              {"title": "Murder on the Orient Express", "reviewers": null},
              {"title": "SPQR", "reviewers": null},
              {"title": "The Dispossessed", "reviewers": null}
            ]}}
            """),
        Arguments.of(
            "A reader may not subscribe to the loan feed",
            "subscription { loanFeed { borrower } }",
            READER,
            """
            {"errors": [
              {"message": "Not authorized to read \\"Subscription.loanFeed\\".", "locations": [{"line": 1, "column": 16}],
               "path": ["loanFeed"], "extensions": {"classification": "UNAUTHORIZED"}}
            ],
            "data": null}
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

  @Test
  void aLibrarianSubscribesToTheLoanFeed() {
    ExecutionResult result = kiln.execute(request("subscription { loanFeed { borrower } }", LIBRARIAN));

    assertEquals(List.of(), result.getErrors());
    assertInstanceOf(Publisher.class, result.getData());
  }

  private static KilnRequest request(String query, Viewer viewer) {
    return KilnRequest.newRequest().query(query).context(viewer).build();
  }
}
