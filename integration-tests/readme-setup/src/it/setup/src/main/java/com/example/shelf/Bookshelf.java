// Bookshelf.java
package com.example.shelf;

import dev.kiln.annotations.Query;
import java.util.List;
import org.jspecify.annotations.Nullable;

public class Bookshelf {
  private static final List<Book> BOOKS =
      List.of(
          new Book("The Hobbit", new Author("J. R. R. Tolkien", "South Africa"), 1937, Format.HARDCOVER),
          new Book("The Hitchhiker's Guide to the Galaxy", new Author("Douglas Adams", null), 1979, Format.EBOOK));

  /**
   * The books on the shelf, oldest first.
   *
   * @param format list only the books bound this way; all books if absent
   */
  @Query
  public List<Book> books(@Nullable Format format) {
    return BOOKS.stream().filter(book -> format == null || book.format() == format).toList();
  }
}
