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

  /** The longest string parameter the log line shows whole; a longer one is cut and its length said. */
  static final int MAX_SHOWN = 200;

  /**
   * The log line, strings quoted as in SQL: {@code SQL  SELECT ... WHERE name IN (?, ?)  ['ada',
   * 'grace']}. A parameter is often a client's text (a comment's body), so it cannot break the line:
   * control characters and the line and paragraph separators (U+2028, U+2029) are written as Java
   * escapes, a backslash is doubled, and a string longer than {@value #MAX_SHOWN} characters is cut.
   */
  @Override
  public String toString() {
    return "SQL  " + sql + "  " + parameters.stream().map(ExecutedStatement::literal).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String literal(Object parameter) {
    if (!(parameter instanceof String text)) {
      return String.valueOf(parameter);
    }
    String shown = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) : text;
    String suffix = text.length() > MAX_SHOWN ? "… (" + text.length() + " characters)" : "";
    return "'" + escaped(shown).replace("'", "''") + "'" + suffix;
  }

  private static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
