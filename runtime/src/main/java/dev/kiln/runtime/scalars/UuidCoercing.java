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
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code UUID}: a string of 32 hexadecimal digits grouped 8-4-4-4-12. Results use lowercase; inputs
 * may use either case but must have exactly that shape, which {@link UUID#fromString} alone does
 * not check (it takes {@code "1-2-3-4-5"}).
 */
final class UuidCoercing implements Coercing<UUID, String> {

  private static final String NAME = "UUID";
  private static final Pattern CANONICAL =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  public String serialize(Object dataFetcherResult, GraphQLContext graphQLContext, Locale locale) {
    if (!(dataFetcherResult instanceof UUID uuid)) {
      throw new CoercingSerializeException(CoercionMessages.notConvertible(NAME, dataFetcherResult));
    }
    return uuid.toString();
  }

  @Override
  public UUID parseValue(Object input, GraphQLContext graphQLContext, Locale locale) {
    if (!(input instanceof String text)) {
      throw new CoercingParseValueException(CoercionMessages.notConvertible(NAME, input));
    }
    return fromString(text, CoercingParseValueException::new);
  }

  @Override
  public UUID parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext graphQLContext, Locale locale) {
    if (!(input instanceof StringValue literal)) {
      throw new CoercingParseLiteralException(CoercionMessages.unexpectedAstType("'StringValue'", input));
    }
    return fromString(CoercionMessages.text(literal), CoercingParseLiteralException::new);
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext graphQLContext, Locale locale) {
    UUID uuid = input instanceof UUID value ? value : parseValue(input, graphQLContext, locale);
    return StringValue.newStringValue(uuid.toString()).build();
  }

  private static UUID fromString(String text, Function<String, RuntimeException> error) {
    if (!CANONICAL.matcher(text).matches()) {
      throw error.apply(CoercionMessages.invalid(
          "a UUID of the form 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'", NAME, text));
    }
    return UUID.fromString(text);
  }
}
