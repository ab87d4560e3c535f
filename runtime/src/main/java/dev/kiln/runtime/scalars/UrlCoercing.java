package dev.kiln.runtime.scalars;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code URL}: an absolute URI, one with a scheme. Results are written with {@link
 * URI#toASCIIString()}, percent-encoding any character outside ASCII, because RFC 3986 allows only
 * ASCII; inputs are whatever {@link URI} parses, as long as it has a scheme.
 */
final class UrlCoercing implements Coercing<URI, String> {

  private static final String NAME = "URL";

  @Override
  public String serialize(Object dataFetcherResult, GraphQLContext graphQLContext, Locale locale) {
    return format(dataFetcherResult, CoercingSerializeException::new);
  }

  @Override
  public URI parseValue(Object input, GraphQLContext graphQLContext, Locale locale) {
    if (!(input instanceof String text)) {
      throw new CoercingParseValueException(CoercionMessages.notConvertible(NAME, input));
    }
    return fromString(text, CoercingParseValueException::new);
  }

  @Override
  public URI parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext graphQLContext, Locale locale) {
    if (!(input instanceof StringValue literal)) {
      throw new CoercingParseLiteralException(CoercionMessages.unexpectedAstType("'StringValue'", input));
    }
    return fromString(CoercionMessages.text(literal), CoercingParseLiteralException::new);
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext graphQLContext, Locale locale) {
    Object url = input instanceof String ? parseValue(input, graphQLContext, locale) : input;
    return StringValue.newStringValue(format(url, CoercingParseValueException::new)).build();
  }

  private static String format(Object input, Function<String, RuntimeException> error) {
    if (input instanceof URI uri) {
      return absolute(uri, uri, error).toASCIIString();
    }
    if (!(input instanceof URL url)) {
      throw error.apply(CoercionMessages.notConvertible(NAME, input));
    }
    try {
      return absolute(url.toURI(), url, error).toASCIIString();
    } catch (URISyntaxException notRfc3986) {
      throw error.apply(invalidUrl(url));
    }
  }

  private static URI fromString(String text, Function<String, RuntimeException> error) {
    try {
      return absolute(new URI(text), text, error);
    } catch (URISyntaxException notRfc3986) {
      throw error.apply(invalidUrl(text));
    }
  }

  private static URI absolute(URI uri, Object shown, Function<String, RuntimeException> error) {
    if (!uri.isAbsolute()) {
      throw error.apply(invalidUrl(shown));
    }
    return uri;
  }

  private static String invalidUrl(Object shown) {
    return CoercionMessages.invalid("an absolute URL with a scheme, like 'https://example.com/',", NAME, shown);
  }
}
