package dev.kiln.runtime.scalars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import org.junit.jupiter.api.function.Executable;

/** Calls a scalar's coercing the way graphql-java does, and checks rejections. */
final class ScalarCalls {

  private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();
  /** Not English, to show that the messages are English whatever the request's locale. */
  private static final Locale LOCALE = Locale.GERMAN;

  private final Coercing<?, ?> coercing;

  private ScalarCalls(GraphQLScalarType scalar) {
    this.coercing = scalar.getCoercing();
  }

  static ScalarCalls of(GraphQLScalarType scalar) {
    return new ScalarCalls(scalar);
  }

  Object serialize(Object value) {
    return coercing.serialize(value, CONTEXT, LOCALE);
  }

  Object parseValue(Object input) {
    return coercing.parseValue(input, CONTEXT, LOCALE);
  }

  Object parseLiteral(Value<?> literal) {
    return coercing.parseLiteral(literal, CoercedVariables.emptyVariables(), CONTEXT, LOCALE);
  }

  /** The literal printed as it would appear in a document, which is easier to compare than the AST. */
  String valueToLiteral(Object input) {
    return AstPrinter.printAst(coercing.valueToLiteral(input, CONTEXT, LOCALE));
  }

  static void assertRejected(Class<? extends Exception> type, String message, Executable call) {
    assertEquals(message, assertThrows(type, call).getMessage());
  }
}
