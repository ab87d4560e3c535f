package dev.kiln.runtime.scalars;

import static dev.kiln.runtime.scalars.ScalarCalls.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateScalarTest {

  private static final ScalarCalls DATES = ScalarCalls.of(KilnScalars.DATE);
  private static final String FORM = "Expected a valid date of the form 'YYYY-MM-DD' for type 'Date' but it was '%s'";

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "1983-10-20", "0000-01-01", "0999-12-31", "9999-12-31"})
  void writesParsesAndRoundTripsFullDates(String fullDate) {
    LocalDate date = LocalDate.parse(fullDate);
    assertEquals(fullDate, DATES.serialize(date));
    assertEquals(date, DATES.parseValue(fullDate));
    assertEquals(date, DATES.parseLiteral(StringValue.of(fullDate)));
    assertEquals('"' + fullDate + '"', DATES.valueToLiteral(date));
    assertEquals('"' + fullDate + '"', DATES.valueToLiteral(fullDate));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023-02-29", "2011-13-10", "2011-00-10", "2011-01-32", "2011-1-1", "20110101", "2011-01-01T00:00",
      "+10000-01-01", "-0001-01-01", "2011/01/01", " 2011-01-01", ""})
  void refusesStringsThatAreNotValidFullDates(String input) {
    assertRejected(CoercingParseValueException.class, FORM.formatted(input), () -> DATES.parseValue(input));
    assertRejected(CoercingParseLiteralException.class, FORM.formatted(input),
        () -> DATES.parseLiteral(StringValue.of(input)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01", "-0001-12-31"})
  void refusesToSerializeYearsThatNeedMoreThanFourDigits(String date) {
    assertRejected(CoercingSerializeException.class,
        "Expected a year between 0000 and 9999 for type 'Date' but it was '" + date + "'",
        () -> DATES.serialize(LocalDate.parse(date)));
  }

  @Test
  void refusesValuesAndLiteralsOfOtherTypes() {
    assertRejected(CoercingSerializeException.class,
        "Expected a value of type 'Date' but it was a value of another type",
        () -> DATES.serialize(LocalDateTime.of(2020, 1, 1, 0, 0)));
    assertRejected(CoercingSerializeException.class,
        "Expected a value of type 'Date' but it was \"2020-01-01\"",
        () -> DATES.serialize("2020-01-01"));
    assertRejected(CoercingParseValueException.class,
        "Expected a value of type 'Date' but it was 20200101",
        () -> DATES.parseValue(20200101));
    assertRejected(CoercingParseLiteralException.class,
        "Expected a string literal but it was 20200101",
        () -> DATES.parseLiteral(IntValue.of(20200101)));
  }
}
