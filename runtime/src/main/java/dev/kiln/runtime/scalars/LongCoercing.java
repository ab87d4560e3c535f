package dev.kiln.runtime.scalars;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code Long}: a signed 64-bit integer, a JSON number both ways. Any {@link Number} with a whole
 * value in range is accepted, because JSON parsers type numbers differently (Gson reads {@code 5}
 * as the double {@code 5.0}); strings are not.
 */
final class LongCoercing implements Coercing<Long, Long> {

  private static final String NAME = "Long";
  private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  @Override
  public Long serialize(Object dataFetcherResult, GraphQLContext graphQLContext, Locale locale) {
    return convert(dataFetcherResult, CoercingSerializeException::new);
  }

  @Override
  public Long parseValue(Object input, GraphQLContext graphQLContext, Locale locale) {
    return convert(input, CoercingParseValueException::new);
  }

  @Override
  public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext graphQLContext, Locale locale) {
    if (!(input instanceof IntValue literal)) {
      throw new CoercingParseLiteralException(CoercionMessages.unexpectedAstType("an integer literal", input));
    }
    return inRange(new BigDecimal(literal.getValue()), literal.getValue(), CoercingParseLiteralException::new);
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext graphQLContext, Locale locale) {
    long value = convert(input, CoercingParseValueException::new);
    return IntValue.newIntValue(BigInteger.valueOf(value)).build();
  }

  private static Long convert(Object input, Function<String, RuntimeException> error) {
    if (!(input instanceof Number number)) {
      throw error.apply(CoercionMessages.notConvertible(NAME, input));
    }
    if (Numbers.isFixedWidthInteger(number)) {
      return number.longValue();
    }
    BigDecimal decimal = Numbers.toBigDecimal(number);
    if (decimal == null) {
      throw error.apply(CoercionMessages.invalid("a whole number", NAME, number));
    }
    return inRange(decimal, number, error);
  }

  private static Long inRange(BigDecimal decimal, Object shown, Function<String, RuntimeException> error) {
    if (decimal.compareTo(MIN) < 0 || decimal.compareTo(MAX) > 0) {
      throw error.apply(CoercionMessages.invalid(
          "a value between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE, NAME, shown));
    }
    try {
      return decimal.longValueExact();
    } catch (ArithmeticException fraction) {
      throw error.apply(CoercionMessages.invalid("a whole number", NAME, shown));
    }
  }
}
