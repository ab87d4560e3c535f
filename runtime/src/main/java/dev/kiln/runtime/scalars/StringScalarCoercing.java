package dev.kiln.runtime.scalars;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.Locale;
import java.util.function.Function;

/**
 * A scalar written as a string in both directions: results are formatted, and inputs (variables
 * as strings, literals as {@code StringValue}) parsed, by the subclass; errors are raised with
 * the exception that each direction calls for.
 */
abstract class StringScalarCoercing<T> implements Coercing<T, String> {
  private final String name;

  StringScalarCoercing(String name) {
    this.name = name;
  }

  /** The string for a result, or {@code error} of a message if it has none. */
  abstract String format(Object value, Function<String, RuntimeException> error);

  /** The value a string stands for, or {@code error} of a message if it stands for none. */
  abstract T fromString(String text, Function<String, RuntimeException> error);

  @Override
  public String serialize(Object dataFetcherResult, GraphQLContext graphQLContext, Locale locale) {
    return format(dataFetcherResult, CoercingSerializeException::new);
  }

  @Override
  public T parseValue(Object input, GraphQLContext graphQLContext, Locale locale) {
    if (!(input instanceof String text)) {
      throw new CoercingParseValueException(CoercionMessages.notConvertible(name, input));
    }
    return fromString(text, CoercingParseValueException::new);
  }

  @Override
  public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext graphQLContext, Locale locale) {
    if (!(input instanceof StringValue literal)) {
      throw new CoercingParseLiteralException(CoercionMessages.unexpectedAstType("a string literal", input));
    }
    return fromString(CoercionMessages.text(literal), CoercingParseLiteralException::new);
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext graphQLContext, Locale locale) {
    Object value = input instanceof String ? parseValue(input, graphQLContext, locale) : input;
    return StringValue.newStringValue(format(value, CoercingParseValueException::new)).build();
  }
}
