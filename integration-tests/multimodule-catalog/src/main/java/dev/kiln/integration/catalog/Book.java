package dev.kiln.integration.catalog;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import dev.kiln.annotations.Query;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;

/**
 * A book in the catalog.
 *
 * @param id the book's catalog number
 * @param title the title on its cover
 * @param genre what kind of book it is
 * @param authorId the catalog number of its author
 */
@NullMarked
@GraphQLType
public record Book(@Id int id, String title, Genre genre, @Ignore int authorId) {
  private static final List<Book> BOOKS =
      List.of(new Book(1, "A Wizard of Earthsea", Genre.FANTASY, 1), new Book(2, "Kindred", Genre.SCIENCE_FICTION, 2));

  /** Every book in the catalog. */
  @Query
  public static List<Book> books() {
    return BOOKS;
  }

  /** The book with this catalog number, if there is one. */
  public static Optional<Book> byId(int id) {
    return BOOKS.stream().filter(book -> book.id() == id).findFirst();
  }
}
