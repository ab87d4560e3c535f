package dev.kiln.runtime.scalars;

import dev.kiln.runtime.ClientValues;
import graphql.language.StringValue;
import graphql.language.Value;

/**
 * The wording of every coercion error, shaped like Kiln's messages for the specification's scalars
 * ({@code "Expected a value of type 'Long' but it was \"ten\""}). A message shows at most {@value
 * ClientValues#MAX_SHOWN} characters of the client's value, and never a Java type.
 */
final class CoercionMessages {

  private CoercionMessages() {}

  /** The value is of a kind the scalar does not take at all. */
  static String notConvertible(String scalarName, Object input) {
    return "Expected a value of type '" + scalarName + "' but it was " + ClientValues.shown(input);
  }

  /** The literal is of the wrong kind; {@code expected} names the accepted kinds. */
  static String unexpectedAstType(String expected, Value<?> input) {
    return "Expected " + expected + " but it was " + ClientValues.shownLiteral(input);
  }

  /** The value has the right type but breaks a rule of the scalar, which {@code expectation} states. */
  static String invalid(String expectation, String scalarName, Object shown) {
    String text = ClientValues.truncated(String.valueOf(shown));
    return "Expected " + expectation + " for type '" + scalarName + "' but it was '" + text + "'";
  }

  /** The text of a string literal; a literal built without a value has the empty text. */
  static String text(StringValue literal) {
    String text = literal.getValue();
    return text == null ? "" : text;
  }
}
