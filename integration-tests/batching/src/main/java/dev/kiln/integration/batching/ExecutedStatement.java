package dev.kiln.integration.batching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * A statement that {@link Database#query} ran.
 *
 * @param sql the statement, with {@code ?} placeholders
 * @param parameters the values bound to the placeholders, in order
 */
@NullMarked
public record ExecutedStatement(String sql, List<Object> parameters) {
  public ExecutedStatement {
    // Not List.copyOf: a parameter may be null.
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  /** The SQL followed by its parameters: {@code SELECT ... WHERE id IN (?, ?) [3, 5]}. */
  @Override
  public String toString() {
    return sql + " " + parameters;
  }
}
