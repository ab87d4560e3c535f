package dev.kiln.integration.library;

import org.jspecify.annotations.NullMarked;

/**
 * A 13-digit International Standard Book Number.
 *
 * @param digits the thirteen digits, without hyphens
 */
@NullMarked
public record Isbn(String digits) {
  public Isbn {
    if (!digits.matches("[0-9]{13}")) {
      throw new IllegalArgumentException("An ISBN has 13 digits, but was \"" + digits + "\".");
    }
  }
}
