package dev.kiln.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON manifest of persisted operations that Kiln's processor writes. The runtime depends
 * on no JSON library, so this is a small strict JSON parser, enough for that file: objects,
 * arrays, strings, numbers, {@code true}, {@code false} and {@code null}.
 */
final class ManifestReader {
  private final String text;
  private final String source;
  private int position;

  private ManifestReader(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /** The documents of the manifest {@code text}, by hash; {@code source} names it in errors. */
  static Map<String, String> documents(String text, String source) {
    ManifestReader reader = new ManifestReader(text, source);
    Object manifest = reader.value();
    reader.skipWhitespace();
    if (reader.position != text.length() || !(manifest instanceof Map<?, ?> entries)) {
      throw reader.invalid("expected one JSON object");
    }
    Map<String, String> documents = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      if (!(entry.getValue() instanceof Map<?, ?> operation) || !(operation.get("document") instanceof String document)) {
        throw reader.invalid("the entry " + entry.getKey() + " has no \"document\" string");
      }
      documents.put((String) entry.getKey(), document);
    }
    return documents;
  }

  private @Nullable Object value() {
    skipWhitespace();
    if (position >= text.length()) {
      throw invalid("unexpected end");
    }
    char c = text.charAt(position);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, @Nullable Object> object() {
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    position++;
    skipWhitespace();
    if (peek() == '}') {
      position++;
      return object;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw invalid("expected a member name");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      object.put(name, value());
      skipWhitespace();
      if (peek() == '}') {
        position++;
        return object;
      }
      expect(',');
    }
  }

  private List<@Nullable Object> array() {
    List<@Nullable Object> array = new ArrayList<>();
    position++;
    skipWhitespace();
    if (peek() == ']') {
      position++;
      return array;
    }
    while (true) {
      array.add(value());
      skipWhitespace();
      if (peek() == ']') {
        position++;
        return array;
      }
      expect(',');
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    position++;
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (position >= text.length()) {
        break;
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case '"', '\\', '/' -> out.append(escaped);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> throw invalid("bad escape \\" + escaped);
      }
    }
    throw invalid("unterminated string");
  }

  private char unicodeEscape() {
    if (position + 4 > text.length()) {
      throw invalid("bad \\u escape");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
      position += 4;
      return c;
    } catch (NumberFormatException e) {
      throw invalid("bad \\u escape");
    }
  }

  private @Nullable Object literal(String word, @Nullable Object value) {
    if (!text.startsWith(word, position)) {
      throw invalid("unexpected character");
    }
    position += word.length();
    return value;
  }

  private String number() {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    if (start == position) {
      throw invalid("unexpected character");
    }
    return text.substring(start, position);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw invalid("expected '" + c + "'");
    }
    position++;
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void skipWhitespace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private IllegalStateException invalid(String problem) {
    return new IllegalStateException("The persisted operations " + source + " are not a valid manifest: " + problem + " at offset " + position + ".");
  }
}
