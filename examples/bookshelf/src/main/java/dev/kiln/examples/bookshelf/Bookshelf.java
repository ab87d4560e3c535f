package dev.kiln.examples.bookshelf;

import dev.kiln.annotations.Query;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** The root fields: what one can ask the bookshelf. */
@NullMarked
public class Bookshelf {
  private static final Author TOLKIEN = new Author("J. R. R. Tolkien", "South Africa");
  private static final Author JANSSON = new Author("Tove Jansson", "Finland");
  private static final Author ADAMS = new Author("Douglas Adams", null);

  private static final List<Book> BOOKS =
      List.of(
          new Book("The Hobbit", TOLKIEN, 1937, Format.HARDCOVER),
          new Book("Finn Family Moomintroll", JANSSON, 1948, Format.PAPERBACK),
          new Book("The Hitchhiker's Guide to the Galaxy", ADAMS, 1979, Format.EBOOK));

  /**
   * The books on the shelf, oldest first.
   *
   * @param format list only the books bound this way; all books if absent
   */
  @Query
  public List<Book> books(@Nullable Format format) {
    return BOOKS.stream().filter(book -> format == null || book.format() == format).toList();
  }

  /**
   * The book with exactly this title, if it is on the shelf.
   *
   * @param title the title to look for
   */
  @Query
  public Optional<Book> book(String title) {
    return BOOKS.stream().filter(book -> book.title().equals(title)).findFirst();
  }
}
