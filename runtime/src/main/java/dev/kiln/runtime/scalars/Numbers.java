package dev.kiln.runtime.scalars;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Converting the numbers that JSON parsers and graphql-java hand to coercings. */
final class Numbers {

  /**
   * The largest scale, either way, of a parsed decimal. Exponent notation lets a few characters
   * stand for a huge number ({@code 1e999999999}); without a bound, printing or converting it would
   * take a client-chosen amount of memory and time.
   */
  static final int MAX_SCALE = 1000;

  private Numbers() {}

  /**
   * The exact decimal value of a number, or {@code null} when it has none ({@code NaN} and the
   * infinities). Floating-point numbers are read through their shortest decimal form, so the double
   * {@code 0.1} becomes {@code 0.1}, not its binary expansion.
   */
  static @Nullable BigDecimal toBigDecimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (isFixedWidthInteger(number)) {
      return BigDecimal.valueOf(number.longValue());
    }
    try {
      return new BigDecimal(number.toString());
    } catch (NumberFormatException notFinite) {
      return null;
    }
  }

  static boolean isFixedWidthInteger(Number number) {
    return number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte;
  }

  /** Rejects a decimal whose scale is beyond {@link #MAX_SCALE}. */
  static BigDecimal checkScale(
      BigDecimal decimal, Object shown, String scalarName, Function<String, RuntimeException> error) {
    if (Math.abs((long) decimal.scale()) > MAX_SCALE) {
      throw error.apply(scaleTooLarge(scalarName, shown));
    }
    return decimal;
  }

  static String scaleTooLarge(String scalarName, Object shown) {
    return CoercionMessages.invalid(
        "a number with at most " + MAX_SCALE + " decimal places and at most " + MAX_SCALE
            + " zeros implied by its exponent",
        scalarName,
        shown);
  }
}
