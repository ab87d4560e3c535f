package dev.kiln.runtime.scalars;

import static dev.kiln.runtime.scalars.ScalarCalls.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import graphql.language.BooleanValue;
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

class BigDecimalScalarTest {

  private static final ScalarCalls BIG_DECIMAL = ScalarCalls.of(KilnScalars.BIG_DECIMAL);

  /** Inputs, and the plain string each one serializes to; parsing that string gives an equal value. */
  static Stream<Arguments> decimals() {
    return Stream.of(
        arguments(new BigDecimal("1.50"), "1.50"),
        arguments(new BigDecimal("-0.000001"), "-0.000001"),
        arguments(new BigDecimal("1E+3"), "1000"),
        arguments(new BigDecimal("123456789012345678901234567890.123456789"), "123456789012345678901234567890.123456789"),
        arguments(new BigInteger("12345678901234567890"), "12345678901234567890"),
        arguments(42L, "42"),
        arguments(7, "7"),
        arguments(0.1d, "0.1"),
        arguments(2.5f, "2.5"),
        arguments(1e21d, "1000000000000000000000"),
        arguments("1.50", "1.50"),
        arguments("-0", "0"),
        arguments("6.02214076e23", "602214076000000000000000"),
        arguments("1E-3", "0.001"));
  }

  @ParameterizedTest
  @MethodSource("decimals")
  void serializesDecimalsAsPlainStringsThatKeepTheirScale(Object value, String expected) {
    assertEquals(expected, BIG_DECIMAL.serialize(value));
  }

  @ParameterizedTest
  @MethodSource("decimals")
  void parsesNumericStringsAndJsonNumbersExactly(Object input, String expected) {
    assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) BIG_DECIMAL.parseValue(input)));
  }

  @ParameterizedTest
  @MethodSource("decimals")
  void turnsInputsIntoStringLiteralsThatParseBackToTheSameValue(Object input, String expected) {
    String literal = BIG_DECIMAL.valueToLiteral(input);
    assertEquals('"' + expected + '"', literal);
    assertEquals(new BigDecimal(expected), BIG_DECIMAL.parseLiteral(StringValue.of(expected)));
  }

  static Stream<Arguments> literals() {
    return Stream.of(
        arguments(IntValue.of(12), "12"),
        arguments(FloatValue.newFloatValue(new BigDecimal("1.50")).build(), "1.50"),
        arguments(FloatValue.newFloatValue(new BigDecimal("2.5E+2")).build(), "250"),
        arguments(StringValue.of("-99.990"), "-99.990"));
  }

  @ParameterizedTest
  @MethodSource("literals")
  void parsesIntFloatAndStringLiterals(Value<?> literal, String expectedPlain) {
    assertEquals(expectedPlain, ((BigDecimal) BIG_DECIMAL.parseLiteral(literal)).toPlainString());
  }

  private static final String NOT_A_NUMBER = "Expected a decimal number, like '-12.50', for type 'BigDecimal' but it was '%s'";
  private static final String TOO_LARGE = "Expected a number with at most 1000 decimal places and at most 1000 zeros "
      + "implied by its exponent for type 'BigDecimal' but it was '%s'";

  static Stream<Arguments> rejectedValues() {
    return Stream.of(
        arguments("12,5", NOT_A_NUMBER.formatted("12,5")),
        arguments(".5", NOT_A_NUMBER.formatted(".5")),
        arguments("5.", NOT_A_NUMBER.formatted("5.")),
        arguments("+1", NOT_A_NUMBER.formatted("+1")),
        arguments("01.5", NOT_A_NUMBER.formatted("01.5")),
        arguments("NaN", NOT_A_NUMBER.formatted("NaN")),
        arguments("Infinity", NOT_A_NUMBER.formatted("Infinity")),
        arguments("1e1001", TOO_LARGE.formatted("1e1001")),
        arguments("1e-1001", TOO_LARGE.formatted("1e-1001")),
        arguments("1e99999999999", TOO_LARGE.formatted("1e99999999999")),
        arguments(new BigDecimal("1E+999999999"), TOO_LARGE.formatted("1E+999999999")),
        arguments(Double.NaN, "Expected a finite number for type 'BigDecimal' but it was 'NaN'"),
        arguments(Double.NEGATIVE_INFINITY, "Expected a finite number for type 'BigDecimal' but it was '-Infinity'"),
        arguments(true, "Expected a value of type 'BigDecimal' but it was true"));
  }

  @ParameterizedTest
  @MethodSource("rejectedValues")
  void refusesToSerializeAnythingButAFiniteDecimal(Object value, String message) {
    assertRejected(CoercingSerializeException.class, message, () -> BIG_DECIMAL.serialize(value));
  }

  @ParameterizedTest
  @MethodSource("rejectedValues")
  void refusesVariablesThatAreNotFiniteDecimals(Object input, String message) {
    assertRejected(CoercingParseValueException.class, message, () -> BIG_DECIMAL.parseValue(input));
  }

  static Stream<Arguments> rejectedLiterals() {
    return Stream.of(
        arguments(BooleanValue.of(false),
            "Expected an integer, float or string literal but it was false"),
        arguments(StringValue.of("abc"), NOT_A_NUMBER.formatted("abc")),
        arguments(FloatValue.newFloatValue(new BigDecimal("1E-5000")).build(), TOO_LARGE.formatted("1E-5000")));
  }

  @ParameterizedTest
  @MethodSource("rejectedLiterals")
  void refusesLiteralsThatAreNotDecimals(Value<?> literal, String message) {
    assertRejected(CoercingParseLiteralException.class, message, () -> BIG_DECIMAL.parseLiteral(literal));
  }
}
