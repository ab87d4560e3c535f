package dev.kiln.integration.library;

import dev.kiln.annotations.Query;
import java.util.List;

/** Root fields that need no library data, served by static methods. */
public final class Catalog {
  private Catalog() {}

  /** The genres a book can be filed under today, without the deprecated ones. */
  @Query
  public static List<Genre> genres() {
    return List.of(Genre.FANTASY, Genre.SCIENCE_FICTION, Genre.MYSTERY, Genre.HISTORY);
  }
}
