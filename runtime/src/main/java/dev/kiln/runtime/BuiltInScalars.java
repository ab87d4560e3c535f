package dev.kiln.runtime;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The specification's scalars {@code Int}, {@code Float} and {@code ID} with graphql-java's
 * coercion, but messages that show at most {@value ClientValues#MAX_SHOWN} characters of the value
 * and no Java type ({@code "… but it was a 'Double'"}), and an {@code ID} that, as the
 * specification says (section 3.5.5), accepts as input only a string or an integer: graphql-java's
 * also takes any other value by its {@code toString}, so a list reached resolvers as {@code "[a,
 * b]"}. {@code String} and {@code Boolean} stay graphql-java's, because its introspection types
 * use them and a schema may hold one type of a name; {@link ClientValues#bounded(String)} rewrites
 * their messages.
 */
final class BuiltInScalars {
  private static final Map<String, GraphQLScalarType> SCALARS = new LinkedHashMap<>();

  static {
    add(Scalars.GraphQLInt, "a whole number from -2147483648 to 2147483647");
    add(Scalars.GraphQLFloat, "a finite number");
    add(Scalars.GraphQLID, "a string or a whole number");
  }

  private BuiltInScalars() {}

  private static void add(GraphQLScalarType scalar, String expectation) {
    SCALARS.put(
        scalar.getName(),
        GraphQLScalarType.newScalar(scalar).coercing(new Bounded(scalar.getName(), expectation, scalar.getCoercing())).build());
  }

  /** {@code schema} with graphql-java's specified scalars replaced by these. */
  static GraphQLSchema in(GraphQLSchema schema) {
    return SchemaTransformer.transformSchema(
        schema,
        new GraphQLTypeVisitorStub() {
          @Override
          public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
            GraphQLScalarType replacement = SCALARS.get(scalar.getName());
            return replacement == null || replacement == scalar ? TraversalControl.CONTINUE : changeNode(context, replacement);
          }
        });
  }

  /** graphql-java's coercion, with Kiln's messages. */
  private record Bounded(String name, String expectation, Coercing<?, ?> coercing) implements Coercing<Object, Object> {
    private String message(String shown) {
      return "Expected a value of type '" + name + "' (" + expectation + ") but it was " + shown;
    }

    @Override
    public @Nullable Object serialize(Object result, GraphQLContext context, Locale locale) {
      try {
        return coercing.serialize(result, context, locale);
      } catch (CoercingSerializeException refused) {
        // The server's own value, not the client's: nothing of it is shown.
        throw new CoercingSerializeException("A value of type '" + name + "' could not be represented; it must be " + expectation + ".");
      }
    }

    @Override
    public @Nullable Object parseValue(Object input, GraphQLContext context, Locale locale) {
      if (name.equals("ID") && !(input instanceof String || input instanceof Integer || input instanceof Long || input instanceof BigInteger)) {
        throw new CoercingParseValueException(message(ClientValues.shown(input)));
      }
      try {
        return coercing.parseValue(input, context, locale);
      } catch (CoercingParseValueException refused) {
        throw new CoercingParseValueException(message(ClientValues.shown(input)));
      }
    }

    @Override
    public @Nullable Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      try {
        return coercing.parseLiteral(input, variables, context, locale);
      } catch (CoercingParseLiteralException refused) {
        throw new CoercingParseLiteralException(message(ClientValues.shownLiteral(input)));
      }
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return coercing.valueToLiteral(input, context, locale);
    }
  }
}
