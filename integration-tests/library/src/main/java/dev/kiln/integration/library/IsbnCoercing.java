package dev.kiln.integration.library;

import dev.kiln.annotations.GraphQLScalar;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.Locale;
import org.jspecify.annotations.NullMarked;

/** A 13-digit International Standard Book Number, written as a string of 13 digits without hyphens. */
@NullMarked
@GraphQLScalar
public final class IsbnCoercing implements Coercing<Isbn, String> {

  @Override
  public String serialize(Object value, GraphQLContext context, Locale locale) {
    if (value instanceof Isbn isbn) {
      return isbn.digits();
    }
    throw new CoercingSerializeException("Expected an Isbn but was " + value.getClass().getSimpleName() + ".");
  }

  @Override
  public Isbn parseValue(Object input, GraphQLContext context, Locale locale) {
    if (input instanceof String digits && digits.matches("[0-9]{13}")) {
      return new Isbn(digits);
    }
    throw new CoercingParseValueException("An Isbn is a string of 13 digits, but was '" + input + "'.");
  }

  @Override
  public Isbn parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
    if (input instanceof StringValue string && string.getValue().matches("[0-9]{13}")) {
      return new Isbn(string.getValue());
    }
    throw new CoercingParseLiteralException("An Isbn is a string of 13 digits.");
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
    return StringValue.of(input instanceof Isbn isbn ? isbn.digits() : String.valueOf(input));
  }
}
