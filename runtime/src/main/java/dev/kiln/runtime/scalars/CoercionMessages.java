package dev.kiln.runtime.scalars;

import graphql.language.StringValue;
import graphql.language.Value;

/**
 * The wording of every coercion error, shaped like graphql-java's own ({@code "Expected a value
 * that can be converted to type 'Int' but it was a 'String'"}) so that Kiln's scalars read like the
 * built-in ones.
 */
final class CoercionMessages {

  private CoercionMessages() {}

  /** The value is of a Java type the scalar does not take at all. */
  static String notConvertible(String scalarName, Object input) {
    return "Expected a value that can be converted to type '" + scalarName + "' but it was a '"
        + input.getClass().getSimpleName() + "'";
  }

  /** The literal is of the wrong kind; {@code expected} names the accepted kinds, quoted. */
  static String unexpectedAstType(String expected, Value<?> input) {
    return "Expected an AST type of " + expected + " but it was a '" + input.getClass().getSimpleName() + "'";
  }

  /** The value has the right type but breaks a rule of the scalar, which {@code expectation} states. */
  static String invalid(String expectation, String scalarName, Object shown) {
    return "Expected " + expectation + " for type '" + scalarName + "' but it was '" + shown + "'";
  }

  /** The text of a string literal; a literal built without a value has the empty text. */
  static String text(StringValue literal) {
    String text = literal.getValue();
    return text == null ? "" : text;
  }
}
