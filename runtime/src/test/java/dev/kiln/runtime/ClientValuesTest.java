package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Messages show at most 40 characters of a client's value, and never a Java type. */
class ClientValuesTest {
  private static final String LONG = "y".repeat(100_000);
  private static final String CUT = "y".repeat(40) + "…";

  static Stream<Arguments> values() {
    return Stream.of(
        arguments(LONG, "\"" + CUT + "\""),
        arguments("short", "\"short\""),
        arguments(1.5d, "1.5"),
        arguments(true, "true"),
        arguments(null, "null"),
        arguments(List.of(LONG), "a list"),
        arguments(Map.of(LONG, 1), "an object"),
        arguments(new Object(), "a value of another type"),
        arguments("a" + "😀".repeat(30), "\"a" + "😀".repeat(19) + "…\""));
  }

  @ParameterizedTest
  @MethodSource("values")
  void aValueIsShownTruncatedAndWithoutItsJavaType(Object value, String shown) {
    assertEquals(shown, ClientValues.shown(value));
  }

  static Stream<Arguments> messages() {
    return Stream.of(
        arguments(
            "Validation error (FieldUndefined@[member/" + LONG + "]) : Field '" + LONG + "' in type 'Member' is undefined",
            "Validation error (FieldUndefined@[member/" + CUT + "]) : Field '" + CUT + "' in type 'Member' is undefined"),
        arguments(
            "Validation error (WrongType@[a]) : argument 'b' with value 'StringValue{value='" + LONG + "'}' is not a valid 'Int' - x",
            "Validation error (WrongType@[a]) : argument 'b' is not a valid 'Int' - x"),
        arguments(
            "Validation error (BadValueForDefaultArg@[]) : Bad default value 'ObjectValue{}' for type 'Filter'",
            "Validation error (BadValueForDefaultArg@[]) : Bad default value for type 'Filter'"),
        arguments(
            "Variable 's' has an invalid value: Expected a String input, but it was a 'List12'",
            "Variable 's' has an invalid value: Expected a value of type 'String' but it was not one"),
        arguments(
            "Variable 'b' has an invalid value: Expected a value that can be converted to type 'Boolean' but it was a 'Double'",
            "Variable 'b' has an invalid value: Expected a value of type 'Boolean' but it was not one"),
        arguments(
            "argument 's' is not a valid 'String' - Expected an AST type of 'StringValue' but it was a 'IntValue'",
            "argument 's' is not a valid 'String' - Expected a string literal but it was an integer literal"));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void graphqlJavasMessagesAreBounded(String message, String bounded) {
    assertEquals(bounded, ClientValues.bounded(message));
  }
}
