package dev.kiln.integration.library;

import dev.kiln.annotations.Authorized;
import dev.kiln.annotations.GraphQLType;
import java.time.LocalDate;
import org.jspecify.annotations.NonNull;

/**
 * A book a reader has borrowed and not yet returned.
 *
 * @param book the borrowed book
 * @param dueDate the day the book is due back
 * @param renewals how many times the loan has been extended
 * @param borrower who borrowed it: for that reader and librarians only
 */
@GraphQLType
public record Loan(
    @NonNull Book book,
    @NonNull LocalDate dueDate,
    int renewals,
    @Authorized(policy = BorrowerOrLibrarian.class) String borrower) {

  /** This loan extended by two weeks. */
  Loan renewed() {
    return new Loan(book, dueDate.plusWeeks(2), renewals + 1, borrower);
  }
}
