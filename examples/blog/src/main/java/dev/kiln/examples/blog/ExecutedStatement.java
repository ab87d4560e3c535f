package dev.kiln.examples.blog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A statement that {@link Database} ran.
 *
 * @param sql the statement on one line, with a {@code ?} for each parameter
 * @param parameters the values bound to the placeholders, in order
 */
public record ExecutedStatement(String sql, List<Object> parameters) {
  public ExecutedStatement {
    parameters = List.copyOf(parameters);
  }

  /** The log line, strings quoted as in SQL: {@code SQL  SELECT ... WHERE name IN (?, ?)  ['ada', 'grace']}. */
  @Override
  public String toString() {
    return "SQL  " + sql + "  " + parameters.stream().map(ExecutedStatement::literal).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String literal(Object parameter) {
    return parameter instanceof String text ? "'" + text.replace("'", "''") + "'" : String.valueOf(parameter);
  }
}
