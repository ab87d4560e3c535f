package dev.kiln.runtime.scalars;

import static dev.kiln.runtime.scalars.ScalarCalls.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BigIntegerScalarTest {

  private static final ScalarCalls BIG_INTEGER = ScalarCalls.of(KilnScalars.BIG_INTEGER);
  private static final String HUGE = "123456789012345678901234567890123456789";

  static Stream<Arguments> integers() {
    return Stream.of(
        arguments(new BigInteger(HUGE), HUGE),
        arguments(HUGE, HUGE),
        arguments("-" + HUGE, "-" + HUGE),
        arguments("0", "0"),
        arguments("-0", "0"),
        arguments(Long.MIN_VALUE, "-9223372036854775808"),
        arguments(42, "42"),
        arguments((short) 7, "7"),
        arguments(3.0d, "3"),
        arguments(1e20d, "100000000000000000000"),
        arguments(new BigDecimal("1.2E+3"), "1200"),
        arguments(new BigDecimal("5.00"), "5"));
  }

  @ParameterizedTest
  @MethodSource("integers")
  void serializesIntegersAsStringsOfDigits(Object value, String expected) {
    assertEquals(expected, BIG_INTEGER.serialize(value));
  }

  @ParameterizedTest
  @MethodSource("integers")
  void parsesStringsOfDigitsAndWholeJsonNumbers(Object input, String expected) {
    assertEquals(new BigInteger(expected), BIG_INTEGER.parseValue(input));
  }

  @ParameterizedTest
  @MethodSource("integers")
  void turnsInputsIntoStringLiteralsThatParseBackToTheSameValue(Object input, String expected) {
    String literal = BIG_INTEGER.valueToLiteral(input);
    assertEquals('"' + expected + '"', literal);
    assertEquals(new BigInteger(expected), BIG_INTEGER.parseLiteral(StringValue.of(expected)));
  }

  static Stream<Arguments> literals() {
    return Stream.of(
        arguments(IntValue.newIntValue(new BigInteger(HUGE)).build(), HUGE),
        arguments(IntValue.of(-5), "-5"),
        arguments(StringValue.of(HUGE), HUGE),
        arguments(StringValue.of("-1"), "-1"));
  }

  @ParameterizedTest
  @MethodSource("literals")
  void parsesIntAndStringLiterals(Value<?> literal, String expected) {
    assertEquals(new BigInteger(expected), BIG_INTEGER.parseLiteral(literal));
  }

  private static final String NOT_DIGITS = "Expected an integer in decimal digits, like '-123', for type 'BigInteger' but it was '%s'";
  private static final String TOO_LARGE = "Expected a number with at most 1000 decimal places and at most 1000 zeros "
      + "implied by its exponent for type 'BigInteger' but it was '%s'";

  static Stream<Arguments> rejectedValues() {
    return Stream.of(
        arguments("12.5", NOT_DIGITS.formatted("12.5")),
        arguments("1e3", NOT_DIGITS.formatted("1e3")),
        arguments("+1", NOT_DIGITS.formatted("+1")),
        arguments("007", NOT_DIGITS.formatted("007")),
        arguments(" 1", NOT_DIGITS.formatted(" 1")),
        arguments("", NOT_DIGITS.formatted("")),
        arguments("0x1F", NOT_DIGITS.formatted("0x1F")),
        arguments(1.5d, "Expected a whole number for type 'BigInteger' but it was '1.5'"),
        arguments(Double.NaN, "Expected a whole number for type 'BigInteger' but it was 'NaN'"),
        arguments(new BigDecimal("1E+1001"), TOO_LARGE.formatted("1E+1001")),
        arguments(false, "Expected a value of type 'BigInteger' but it was false"));
  }

  @ParameterizedTest
  @MethodSource("rejectedValues")
  void refusesToSerializeAnythingButAnInteger(Object value, String message) {
    assertRejected(CoercingSerializeException.class, message, () -> BIG_INTEGER.serialize(value));
  }

  @ParameterizedTest
  @MethodSource("rejectedValues")
  void refusesVariablesThatAreNotIntegers(Object input, String message) {
    assertRejected(CoercingParseValueException.class, message, () -> BIG_INTEGER.parseValue(input));
  }

  static Stream<Arguments> rejectedLiterals() {
    return Stream.of(
        arguments(FloatValue.of(1.0),
            "Expected an integer or string literal but it was 1.0"),
        arguments(StringValue.of("1.0"), NOT_DIGITS.formatted("1.0")));
  }

  @ParameterizedTest
  @MethodSource("rejectedLiterals")
  void refusesLiteralsThatAreNotIntegers(Value<?> literal, String message) {
    assertRejected(CoercingParseLiteralException.class, message, () -> BIG_INTEGER.parseLiteral(literal));
  }
}
