package dev.kiln.runtime.spi;

import org.jspecify.annotations.Nullable;

/**
 * The Java type of a {@code @Node} type's key, and its one text form inside a global ID. Parsing
 * is strict: only the text that {@link #format(Object)} gives for some key parses, so that every
 * key has exactly one global ID.
 */
public enum NodeKey {
  /** A {@code String} key: any text. */
  STRING {
    @Override
    public String parse(String text) {
      return text;
    }
  },
  /** An {@code int} or {@code Integer} key, in decimal without sign or leading zeros ({@code -} for negatives). */
  INT {
    @Override
    public @Nullable Object parse(String text) {
      try {
        Integer key = Integer.valueOf(text);
        return key.toString().equals(text) ? key : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  },
  /** A {@code long} or {@code Long} key, in decimal as for {@link #INT}. */
  LONG {
    @Override
    public @Nullable Object parse(String text) {
      try {
        Long key = Long.valueOf(text);
        return key.toString().equals(text) ? key : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  },
  /** A {@code java.util.UUID} key, in its canonical lowercase form of 36 characters. */
  UUID {
    @Override
    public @Nullable Object parse(String text) {
      if (text.length() != 36) {
        return null;
      }
      try {
        java.util.UUID key = java.util.UUID.fromString(text);
        return key.toString().equals(text) ? key : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  };

  /** The key {@code text} stands for, of this key type, or {@code null} if it is not the canonical text of one. */
  public abstract @Nullable Object parse(String text);

  /** The canonical text of {@code key}. */
  public String format(Object key) {
    return key.toString();
  }
}
