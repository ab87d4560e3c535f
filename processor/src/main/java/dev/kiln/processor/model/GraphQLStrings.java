package dev.kiln.processor.model;

/** Quoting of GraphQL string values (spec §2.9.4). */
public final class GraphQLStrings {
  private GraphQLStrings() {}

  /** {@code value} as a quoted GraphQL string, escaped so any parser reads back the same value. */
  public static String quote(String value) {
    return quote(value, false);
  }

  /**
   * {@code value} as a quoted string in ASCII: like {@link #quote(String)}, with every character
   * outside ASCII escaped too, as its UTF-16 code unit in hex. GraphQL's escapes are JSON's, so this
   * is also a JSON string.
   */
  public static String quoteAscii(String value) {
    return quote(value, true);
  }

  private static String quote(String value, boolean asciiOnly) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (asciiOnly && c > 0x7e)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
