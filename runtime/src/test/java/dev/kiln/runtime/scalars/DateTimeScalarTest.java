package dev.kiln.runtime.scalars;

import static dev.kiln.runtime.scalars.ScalarCalls.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeScalarTest {

  private static final ScalarCalls DATE_TIMES = ScalarCalls.of(KilnScalars.DATE_TIME);
  private static final String FORM = "Expected an RFC 3339 date-time with an offset, like '2011-08-30T13:22:53.108Z', "
      + "for type 'DateTime' but it was '%s'";

  static Stream<Arguments> results() {
    return Stream.of(
        arguments(OffsetDateTime.parse("2011-08-30T13:22:53.108Z"), "2011-08-30T13:22:53.108Z"),
        arguments(OffsetDateTime.parse("2011-08-30T13:22:53.108+00:00"), "2011-08-30T13:22:53.108Z"),
        arguments(OffsetDateTime.parse("2011-08-30T13:22:53-03:00"), "2011-08-30T13:22:53.000-03:00"),
        arguments(OffsetDateTime.parse("2011-08-30T13:22:53.1+03:30"), "2011-08-30T13:22:53.100+03:30"),
        arguments(OffsetDateTime.parse("2011-08-30T13:22:53.999999999+01:00"), "2011-08-30T13:22:53.999+01:00"),
        arguments(OffsetDateTime.parse("0000-01-01T00:00:00Z"), "0000-01-01T00:00:00.000Z"),
        arguments(Instant.parse("2011-08-30T13:22:53.108Z"), "2011-08-30T13:22:53.108Z"),
        arguments(Instant.parse("2011-08-30T13:22:53.108999Z"), "2011-08-30T13:22:53.108Z"),
        arguments(Instant.EPOCH, "1970-01-01T00:00:00.000Z"),
        arguments(Instant.parse("9999-12-31T23:59:59.999999999Z"), "9999-12-31T23:59:59.999Z"));
  }

  @ParameterizedTest
  @MethodSource("results")
  void serializesWithMillisecondsTruncatedAndZForUtc(Object value, String expected) {
    assertEquals(expected, DATE_TIMES.serialize(value));
  }

  @ParameterizedTest
  @MethodSource("results")
  void turnsValuesIntoStringLiteralsThatParseBackToTheSameMillisecond(Object value, String expected) {
    assertEquals('"' + expected + '"', DATE_TIMES.valueToLiteral(value));
    assertEquals(OffsetDateTime.parse(expected), DATE_TIMES.parseLiteral(StringValue.of(expected)));
  }

  /** Inputs, and the OffsetDateTime each stands for, written in Java's own (lenient) form. */
  static Stream<Arguments> inputs() {
    return Stream.of(
        arguments("2011-08-30T13:22:53.108Z", "2011-08-30T13:22:53.108Z"),
        arguments("2011-08-30t13:22:53.108z", "2011-08-30T13:22:53.108Z"),
        arguments("2011-08-30T13:22:53Z", "2011-08-30T13:22:53Z"),
        arguments("2011-08-30T13:22:53.5+00:00", "2011-08-30T13:22:53.5Z"),
        arguments("2011-08-30T13:22:53.123456789-03:00", "2011-08-30T13:22:53.123456789-03:00"),
        arguments("2011-08-30T13:22:53.108+03:30", "2011-08-30T13:22:53.108+03:30"),
        arguments("2024-02-29T00:00:00+14:00", "2024-02-29T00:00:00+14:00"));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void parsesRfc3339DateTimesKeepingTheirOffset(String input, String expected) {
    assertEquals(OffsetDateTime.parse(expected), DATE_TIMES.parseValue(input));
    assertEquals(OffsetDateTime.parse(expected), DATE_TIMES.parseLiteral(StringValue.of(input)));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void turnsInputStringsIntoStringLiteralsInTheResultForm(String input, String expected) {
    String canonical = DATE_TIMES.serialize(OffsetDateTime.parse(expected)).toString();
    assertEquals('"' + canonical + '"', DATE_TIMES.valueToLiteral(input));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2011-08-30T13:22:53.108",
      "2011-08-30T13:22:53",
      "2011-08-30",
      "2011-08-30T13:22Z",
      "2011-08-30 13:22:53Z",
      "2011-08-30T13:22:53.1234567891Z",
      "2011-08-30T13:22:53.Z",
      "2011-08-30T13:22:53+0100",
      "2011-08-30T13:22:53+01",
      "2011-08-30T13:22:53+01:00:30",
      "2011-08-30T13:22:53+19:00",
      "2011-08-30T24:00:00Z",
      "2011-08-30T23:59:60Z",
      "2011-02-30T13:22:53Z",
      "+10000-08-30T13:22:53Z",
      "2011-08-30T13:22:53.108Z[Europe/Paris]",
      ""})
  void refusesStringsThatAreNotRfc3339DateTimesWithAnOffset(String input) {
    assertRejected(CoercingParseValueException.class, FORM.formatted(input), () -> DATE_TIMES.parseValue(input));
    assertRejected(CoercingParseLiteralException.class, FORM.formatted(input),
        () -> DATE_TIMES.parseLiteral(StringValue.of(input)));
  }

  @Test
  void refusesTheUnknownLocalOffset() {
    String input = "2011-08-30T13:22:53.108-00:00";
    String message = "Expected a known offset rather than '-00:00' for type 'DateTime' but it was '" + input + "'";
    assertRejected(CoercingParseValueException.class, message, () -> DATE_TIMES.parseValue(input));
    assertRejected(CoercingParseLiteralException.class, message, () -> DATE_TIMES.parseLiteral(StringValue.of(input)));
  }

  static Stream<Arguments> unwritableValues() {
    return Stream.of(
        arguments(OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
            "Expected a year between 0000 and 9999 for type 'DateTime' but it was '+10000-01-01T00:00Z'"),
        arguments(OffsetDateTime.of(-1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
            "Expected a year between 0000 and 9999 for type 'DateTime' but it was '-0001-01-01T00:00Z'"),
        arguments(Instant.MAX,
            "Expected a year between 0000 and 9999 for type 'DateTime' but it was '+1000000000-12-31T23:59:59.999999999Z'"),
        arguments(Instant.parse("-0001-12-31T23:59:59Z"),
            "Expected a year between 0000 and 9999 for type 'DateTime' but it was '-0001-12-31T23:59:59Z'"),
        arguments(OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 9, 21)),
            "Expected an offset of whole minutes for type 'DateTime' but it was '1900-01-01T00:00+00:09:21'"),
        arguments(ZonedDateTime.parse("2011-08-30T13:22:53Z"),
            "Expected a value of type 'DateTime' but it was a value of another type"),
        arguments(LocalDateTime.parse("2011-08-30T13:22:53"),
            "Expected a value of type 'DateTime' but it was a value of another type"),
        arguments("2011-08-30T13:22:53Z",
            "Expected a value of type 'DateTime' but it was \"2011-08-30T13:22:53Z\""));
  }

  @ParameterizedTest
  @MethodSource("unwritableValues")
  void refusesToSerializeValuesRfc3339CannotWrite(Object value, String message) {
    assertRejected(CoercingSerializeException.class, message, () -> DATE_TIMES.serialize(value));
  }

  @Test
  void refusesVariablesAndLiteralsOfOtherTypes() {
    assertRejected(CoercingParseValueException.class,
        "Expected a value of type 'DateTime' but it was 1314710573108",
        () -> DATE_TIMES.parseValue(1314710573108L));
    assertRejected(CoercingParseLiteralException.class,
        "Expected a string literal but it was 0",
        () -> DATE_TIMES.parseLiteral(IntValue.of(0)));
  }
}
