package dev.kiln.runtime.scalars;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code Date}: a {@link LocalDate} as an RFC 3339 full-date, {@code YYYY-MM-DD}. RFC 3339 years
 * have four digits, so dates outside 0000 to 9999 cannot be written and are refused both ways.
 */
final class DateCoercing extends StringScalarCoercing<LocalDate> {

  DateCoercing() {
    super(NAME);
  }

  private static final String NAME = "Date";

  /** The shape alone; {@link LocalDate#parse} then rejects dates that do not exist. */
  private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  String format(Object input, Function<String, RuntimeException> error) {
    if (!(input instanceof LocalDate date)) {
      throw error.apply(CoercionMessages.notConvertible(NAME, input));
    }
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw error.apply(CoercionMessages.invalid("a year between 0000 and 9999", NAME, date));
    }
    return date.toString();
  }

  @Override
  LocalDate fromString(String text, Function<String, RuntimeException> error) {
    if (!FULL_DATE.matcher(text).matches()) {
      throw error.apply(invalidDate(text));
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException noSuchDate) {
      throw error.apply(invalidDate(text));
    }
  }

  private static String invalidDate(String text) {
    return CoercionMessages.invalid("a valid date of the form 'YYYY-MM-DD'", NAME, text);
  }
}
