package dev.kiln.integration.library;

import dev.kiln.annotations.AuthorizationPolicy;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** Who may see who borrowed a book: the borrower and the librarians. */
@NullMarked
public final class BorrowerOrLibrarian implements AuthorizationPolicy<Loan, @Nullable Viewer> {

  @Override
  public boolean allows(@Nullable Viewer viewer, Loan loan) {
    return viewer != null && (viewer.hasRole("librarian") || viewer.name().equals(loan.borrower()));
  }
}
