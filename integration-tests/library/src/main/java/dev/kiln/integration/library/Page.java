package dev.kiln.integration.library;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * One page of a longer list.
 *
 * @param items what is on this page
 * @param total how many there are in all
 */
@NullMarked
@GraphQLType
public record Page<T>(List<T> items, int total) {

  /** Whether more pages follow this one. */
  @Field
  public boolean hasMore() {
    return items.size() < total;
  }
}
