package dev.kiln.runtime.scalars;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code BigInteger}: an integer of any size, a JSON string of decimal digits in results so that no
 * client rounds it. Inputs are such strings or whole numbers.
 */
final class BigIntegerCoercing implements Coercing<BigInteger, String> {

  private static final String NAME = "BigInteger";

  /** The {@code [ minus ] int} part of RFC 8259's number grammar: no plus sign, no leading zeros. */
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

  @Override
  public String serialize(Object dataFetcherResult, GraphQLContext graphQLContext, Locale locale) {
    return convert(dataFetcherResult, CoercingSerializeException::new).toString();
  }

  @Override
  public BigInteger parseValue(Object input, GraphQLContext graphQLContext, Locale locale) {
    return convert(input, CoercingParseValueException::new);
  }

  @Override
  public BigInteger parseLiteral(
      Value<?> input, CoercedVariables variables, GraphQLContext graphQLContext, Locale locale) {
    if (input instanceof IntValue literal) {
      return literal.getValue();
    }
    if (input instanceof StringValue literal) {
      return fromString(CoercionMessages.text(literal), CoercingParseLiteralException::new);
    }
    throw new CoercingParseLiteralException(CoercionMessages.unexpectedAstType("an integer or string literal", input));
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext graphQLContext, Locale locale) {
    return StringValue.newStringValue(convert(input, CoercingParseValueException::new).toString()).build();
  }

  private static BigInteger convert(Object input, Function<String, RuntimeException> error) {
    if (input instanceof String text) {
      return fromString(text, error);
    }
    if (input instanceof Number number) {
      return fromNumber(number, error);
    }
    throw error.apply(CoercionMessages.notConvertible(NAME, input));
  }

  private static BigInteger fromString(String text, Function<String, RuntimeException> error) {
    if (!INTEGER.matcher(text).matches()) {
      throw error.apply(CoercionMessages.invalid("an integer in decimal digits, like '-123',", NAME, text));
    }
    return new BigInteger(text);
  }

  private static BigInteger fromNumber(Number number, Function<String, RuntimeException> error) {
    if (number instanceof BigInteger integer) {
      return integer;
    }
    if (Numbers.isFixedWidthInteger(number)) {
      return BigInteger.valueOf(number.longValue());
    }
    BigDecimal decimal = Numbers.toBigDecimal(number);
    if (decimal == null) {
      throw error.apply(CoercionMessages.invalid("a whole number", NAME, number));
    }
    try {
      return Numbers.checkScale(decimal, number, NAME, error).toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      throw error.apply(CoercionMessages.invalid("a whole number", NAME, number));
    }
  }
}
