package dev.kiln.processor.scanning;

import java.util.Map;

/**
 * HTML character references in Javadoc ({@code &lt;}, {@code &#64;}, {@code &#x40;} …), decoded to
 * the characters they stand for. Named ones beyond the common few are kept as written, which
 * CommonMark decodes itself (§2.5).
 */
final class Entities {
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("amp", "&"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00a0"),
          Map.entry("copy", "\u00a9"),
          Map.entry("reg", "\u00ae"),
          Map.entry("trade", "\u2122"),
          Map.entry("mdash", "\u2014"),
          Map.entry("ndash", "\u2013"),
          Map.entry("hellip", "\u2026"),
          Map.entry("laquo", "\u00ab"),
          Map.entry("raquo", "\u00bb"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201c"),
          Map.entry("rdquo", "\u201d"),
          Map.entry("times", "\u00d7"),
          Map.entry("rarr", "\u2192"),
          Map.entry("larr", "\u2190"),
          Map.entry("le", "\u2264"),
          Map.entry("ge", "\u2265"),
          Map.entry("ne", "\u2260"));

  private Entities() {}

  /** The text of the reference {@code &name;}, given {@code name}. */
  static String decode(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return codePoint(name.substring(2), 16, name);
    }
    if (name.startsWith("#")) {
      return codePoint(name.substring(1), 10, name);
    }
    return NAMED.getOrDefault(name, "&" + name + ";");
  }

  private static String codePoint(String digits, int radix, String name) {
    try {
      int codePoint = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : "\ufffd";
    } catch (NumberFormatException e) {
      return "&" + name + ";";
    }
  }
}
