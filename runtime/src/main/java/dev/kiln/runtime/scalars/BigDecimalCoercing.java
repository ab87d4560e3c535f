package dev.kiln.runtime.scalars;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code BigDecimal}: an exact decimal, a JSON string in plain notation in results ({@link
 * BigDecimal#toPlainString()}, so {@code 1.50} keeps its scale and no client rounds it). Inputs are
 * strings holding an RFC 8259 number, or numbers.
 */
final class BigDecimalCoercing implements Coercing<BigDecimal, String> {

  private static final String NAME = "BigDecimal";

  /** RFC 8259's number grammar: no plus sign, no leading zeros, no bare decimal point. */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  @Override
  public String serialize(Object dataFetcherResult, GraphQLContext graphQLContext, Locale locale) {
    return convert(dataFetcherResult, CoercingSerializeException::new).toPlainString();
  }

  @Override
  public BigDecimal parseValue(Object input, GraphQLContext graphQLContext, Locale locale) {
    return convert(input, CoercingParseValueException::new);
  }

  @Override
  public BigDecimal parseLiteral(
      Value<?> input, CoercedVariables variables, GraphQLContext graphQLContext, Locale locale) {
    if (input instanceof IntValue literal) {
      return new BigDecimal(literal.getValue());
    }
    if (input instanceof FloatValue literal) {
      return Numbers.checkScale(literal.getValue(), literal.getValue(), NAME, CoercingParseLiteralException::new);
    }
    if (input instanceof StringValue literal) {
      return fromString(CoercionMessages.text(literal), CoercingParseLiteralException::new);
    }
    throw new CoercingParseLiteralException(
        CoercionMessages.unexpectedAstType("an integer, float or string literal", input));
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext graphQLContext, Locale locale) {
    return StringValue.newStringValue(convert(input, CoercingParseValueException::new).toPlainString()).build();
  }

  private static BigDecimal convert(Object input, Function<String, RuntimeException> error) {
    if (input instanceof String text) {
      return fromString(text, error);
    }
    if (!(input instanceof Number number)) {
      throw error.apply(CoercionMessages.notConvertible(NAME, input));
    }
    BigDecimal decimal = Numbers.toBigDecimal(number);
    if (decimal == null) {
      throw error.apply(CoercionMessages.invalid("a finite number", NAME, number));
    }
    return Numbers.checkScale(decimal, number, NAME, error);
  }

  private static BigDecimal fromString(String text, Function<String, RuntimeException> error) {
    if (!NUMBER.matcher(text).matches()) {
      throw error.apply(CoercionMessages.invalid("a decimal number, like '-12.50',", NAME, text));
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(text);
    } catch (NumberFormatException exponentBeyondInt) {
      // The grammar matched, so only an exponent too large for BigDecimal gets here.
      throw error.apply(Numbers.scaleTooLarge(NAME, text));
    }
    return Numbers.checkScale(decimal, text, NAME, error);
  }
}
