package dev.kiln.runtime.scalars;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code DateTime}: an exact point in time as an RFC 3339 date-time with an offset, refined as in
 * the andimarek/date-time specification.
 *
 * <p>Results always carry exactly three fractional digits, milliseconds, truncated rather than
 * rounded, and {@code Z} for a zero offset: {@code 2011-08-30T13:22:53.108Z}. An {@link
 * OffsetDateTime} keeps its offset; an {@link Instant} is written in UTC.
 *
 * <p>Inputs are read more leniently than results are written, as RFC 3339 allows: zero to nine
 * fractional digits and a lowercase {@code t} or {@code z}. The offset is mandatory, and {@code
 * -00:00} (RFC 3339's "offset unknown") is refused, as the specification requires.
 */
final class DateTimeCoercing extends StringScalarCoercing<OffsetDateTime> {

  DateTimeCoercing() {
    super(NAME);
  }

  private static final String NAME = "DateTime";

  /** RFC 3339's date-time production, with at most the nine fractional digits Java can hold. */
  private static final Pattern DATE_TIME = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})");

  private static final DateTimeFormatter RESULT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

  private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  @Override
  String format(Object input, Function<String, RuntimeException> error) {
    if (input instanceof Instant instant) {
      if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
        throw error.apply(CoercionMessages.invalid("a year between 0000 and 9999", NAME, instant));
      }
      return RESULT.format(instant.atOffset(ZoneOffset.UTC));
    }
    if (!(input instanceof OffsetDateTime dateTime)) {
      throw error.apply(CoercionMessages.notConvertible(NAME, input));
    }
    if (dateTime.getYear() < 0 || dateTime.getYear() > 9999) {
      throw error.apply(CoercionMessages.invalid("a year between 0000 and 9999", NAME, dateTime));
    }
    if (dateTime.getOffset().getTotalSeconds() % 60 != 0) {
      // RFC 3339 offsets have no seconds; printing only hours and minutes would move the instant.
      throw error.apply(CoercionMessages.invalid("an offset of whole minutes", NAME, dateTime));
    }
    return RESULT.format(dateTime);
  }

  @Override
  OffsetDateTime fromString(String text, Function<String, RuntimeException> error) {
    if (!DATE_TIME.matcher(text).matches()) {
      throw error.apply(invalidDateTime(text));
    }
    if (text.endsWith("-00:00")) {
      throw error.apply(CoercionMessages.invalid("a known offset rather than '-00:00'", NAME, text));
    }
    try {
      return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException noSuchTime) {
      throw error.apply(invalidDateTime(text));
    }
  }

  private static String invalidDateTime(String text) {
    return CoercionMessages.invalid(
        "an RFC 3339 date-time with an offset, like '2011-08-30T13:22:53.108Z',", NAME, text);
  }
}
