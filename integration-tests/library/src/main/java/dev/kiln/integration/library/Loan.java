package dev.kiln.integration.library;

import dev.kiln.annotations.GraphQLType;
import java.time.LocalDate;
import org.jspecify.annotations.NonNull;

/**
 * A book a reader has borrowed and not yet returned.
 *
 * @param book the borrowed book
 * @param dueDate the day the book is due back
 * @param renewals how many times the loan has been extended
 */
@GraphQLType
public record Loan(@NonNull Book book, @NonNull LocalDate dueDate, int renewals) {}
