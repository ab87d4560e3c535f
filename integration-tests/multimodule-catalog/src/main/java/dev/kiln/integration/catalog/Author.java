package dev.kiln.integration.catalog;

import dev.kiln.annotations.BatchLoader;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * Someone who writes books.
 *
 * @param id the author's catalog number
 * @param name the author's name
 */
@NullMarked
@GraphQLType
public record Author(@Id int id, String name) {
  private static final Map<Integer, Author> AUTHORS =
      Map.of(1, new Author(1, "Ursula K. Le Guin"), 2, new Author(2, "Octavia E. Butler"));

  /** The authors with these numbers: public, so that modules built on the catalog can load them. */
  @BatchLoader
  public static Map<Integer, Author> authorsById(Set<Integer> ids) {
    Map<Integer, Author> found = new LinkedHashMap<>();
    for (Integer id : ids) {
      Author author = AUTHORS.get(id);
      if (author != null) {
        found.put(id, author);
      }
    }
    return found;
  }
}
