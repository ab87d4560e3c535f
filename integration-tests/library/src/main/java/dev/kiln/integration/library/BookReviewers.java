package dev.kiln.integration.library;

import dev.kiln.annotations.Authorized;
import dev.kiln.annotations.Denied;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.Source;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A batched field of {@link Book} that not every reader may see. */
@NullMarked
public final class BookReviewers {
  private BookReviewers() {}

  /**
   * Who reviewed the book, oldest review first: for readers who reviewed it too, and librarians.
   *
   * @param viewer the reader sending the request
   */
  @Field
  @Authorized(policy = FellowReviewer.class, denied = Denied.NULL)
  public static List<@Nullable List<String>> reviewers(@Source List<Book> books, @Nullable Viewer viewer) {
    // The generated fetcher checks each book before it joins the batch; check again, so that a
    // denied book reaching the batch fails the request instead of passing unnoticed.
    FellowReviewer policy = new FellowReviewer();
    for (Book book : books) {
      if (!policy.allows(viewer, book)) {
        throw new IllegalStateException("The batch received book " + book.getId() + ", which the viewer may not see");
      }
    }
    return books.stream()
        .map(book -> book.reviews(Integer.MAX_VALUE, ReviewOrder.OLDEST).stream().map(Review::reviewer).toList())
        .<@Nullable List<String>>map(names -> names)
        .toList();
  }
}
