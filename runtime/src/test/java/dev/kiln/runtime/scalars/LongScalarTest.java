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

class LongScalarTest {

  private static final ScalarCalls LONG = ScalarCalls.of(KilnScalars.LONG);
  private static final String RANGE =
      "Expected a value between -9223372036854775808 and 9223372036854775807 for type 'Long' but it was '%s'";

  static Stream<Arguments> wholeNumbersInRange() {
    return Stream.of(
        arguments(42L, 42L),
        arguments(Long.MAX_VALUE, Long.MAX_VALUE),
        arguments(Long.MIN_VALUE, Long.MIN_VALUE),
        arguments(7, 7L),
        arguments((short) -3, -3L),
        arguments((byte) 1, 1L),
        arguments(new BigInteger("9223372036854775807"), Long.MAX_VALUE),
        arguments(5.0d, 5L),
        arguments(-2.0f, -2L),
        arguments(new BigDecimal("12.000"), 12L),
        arguments(new BigDecimal("1.2E+3"), 1200L));
  }

  @ParameterizedTest
  @MethodSource("wholeNumbersInRange")
  void serializesEveryWholeNumberInRangeAsALong(Object value, Long expected) {
    assertEquals(expected, LONG.serialize(value));
  }

  @ParameterizedTest
  @MethodSource("wholeNumbersInRange")
  void parsesEveryWholeJsonNumberInRange(Object input, Long expected) {
    assertEquals(expected, LONG.parseValue(input));
  }

  @ParameterizedTest
  @MethodSource("wholeNumbersInRange")
  void turnsInputsIntoIntLiteralsThatParseBackToTheSameValue(Object input, Long expected) {
    String literal = LONG.valueToLiteral(input);
    assertEquals(expected.toString(), literal);
    assertEquals(expected, LONG.parseLiteral(IntValue.newIntValue(new BigInteger(literal)).build()));
  }

  static Stream<Arguments> intLiterals() {
    return Stream.of(
        arguments("0", 0L),
        arguments("-9223372036854775808", Long.MIN_VALUE),
        arguments("9223372036854775807", Long.MAX_VALUE),
        arguments("9007199254740993", 9007199254740993L));
  }

  @ParameterizedTest
  @MethodSource("intLiterals")
  void parsesIntLiteralsInRange(String digits, Long expected) {
    assertEquals(expected, LONG.parseLiteral(IntValue.newIntValue(new BigInteger(digits)).build()));
  }

  static Stream<Arguments> rejectedValues() {
    return Stream.of(
        arguments("42", "Expected a value of type 'Long' but it was \"42\""),
        arguments(true, "Expected a value of type 'Long' but it was true"),
        arguments(1.5d, "Expected a whole number for type 'Long' but it was '1.5'"),
        arguments(new BigDecimal("0.001"), "Expected a whole number for type 'Long' but it was '0.001'"),
        arguments(Double.NaN, "Expected a whole number for type 'Long' but it was 'NaN'"),
        arguments(Double.POSITIVE_INFINITY, "Expected a whole number for type 'Long' but it was 'Infinity'"),
        arguments(new BigInteger("9223372036854775808"), RANGE.formatted("9223372036854775808")),
        arguments(new BigInteger("-9223372036854775809"), RANGE.formatted("-9223372036854775809")),
        arguments(1e19d, RANGE.formatted("1.0E19")),
        arguments(new BigDecimal("1E+999999999"), RANGE.formatted("1E+999999999")));
  }

  @ParameterizedTest
  @MethodSource("rejectedValues")
  void refusesToSerializeAnythingButAWholeNumberInRange(Object value, String message) {
    assertRejected(CoercingSerializeException.class, message, () -> LONG.serialize(value));
  }

  @ParameterizedTest
  @MethodSource("rejectedValues")
  void refusesVariablesThatAreNotWholeNumbersInRange(Object input, String message) {
    assertRejected(CoercingParseValueException.class, message, () -> LONG.parseValue(input));
  }

  static Stream<Arguments> rejectedLiterals() {
    return Stream.of(
        arguments(StringValue.of("42"), "Expected an integer literal but it was \"42\""),
        arguments(FloatValue.of(4.0), "Expected an integer literal but it was 4.0"),
        arguments(BooleanValue.of(true), "Expected an integer literal but it was true"),
        arguments(IntValue.newIntValue(new BigInteger("9223372036854775808")).build(),
            RANGE.formatted("9223372036854775808")));
  }

  @ParameterizedTest
  @MethodSource("rejectedLiterals")
  void refusesLiteralsThatAreNotIntsInRange(Value<?> literal, String message) {
    assertRejected(CoercingParseLiteralException.class, message, () -> LONG.parseLiteral(literal));
  }
}
