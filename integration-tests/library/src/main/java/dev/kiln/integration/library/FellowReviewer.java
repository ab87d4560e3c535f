package dev.kiln.integration.library;

import dev.kiln.annotations.AuthorizationPolicy;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** Who may see who reviewed a book: a reader who reviewed it too, and the librarians. */
@NullMarked
public final class FellowReviewer implements AuthorizationPolicy<Book, @Nullable Viewer> {

  @Override
  public boolean allows(@Nullable Viewer viewer, Book book) {
    return viewer != null
        && (viewer.hasRole("librarian")
            || book.reviews(Integer.MAX_VALUE, ReviewOrder.OLDEST).stream().anyMatch(r -> r.reviewer().equals(viewer.name())));
  }
}
