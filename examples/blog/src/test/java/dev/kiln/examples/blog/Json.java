package dev.kiln.examples.blog;

/** JSON for the tests: request bodies, and expected responses written readably but compared whole. */
final class Json {
  private Json() {}

  /** {@code json} without the whitespace between its tokens: {@code { "a": 1 }} becomes {@code {"a":1}}. */
  static String compact(String json) {
    StringBuilder compact = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString && c == '\\') {
        compact.append(c).append(json.charAt(++i));
        continue;
      }
      if (c == '"') {
        inString = !inString;
      }
      if (inString || !Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    return compact.toString();
  }

  /** A GraphQL request body: {@code {"query": ...}}. */
  static String request(String query) {
    return "{\"query\":" + string(query) + "}";
  }

  /** A GraphQL request body with variables, given as JSON: {@code {"query": ..., "variables": ...}}. */
  static String request(String query, String variables) {
    return "{\"query\":" + string(query) + ",\"variables\":" + variables + "}";
  }

  private static String string(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
