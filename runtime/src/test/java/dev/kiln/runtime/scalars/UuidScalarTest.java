package dev.kiln.runtime.scalars;

import static dev.kiln.runtime.scalars.ScalarCalls.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UuidScalarTest {

  private static final ScalarCalls UUIDS = ScalarCalls.of(KilnScalars.UUID);
  private static final String FORM =
      "Expected a UUID of the form 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' for type 'UUID' but it was '%s'";

  /** Inputs, and the canonical lowercase string of the UUID they stand for. */
  static Stream<Arguments> uuids() {
    return Stream.of(
        arguments("123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-426614174000"),
        arguments("123E4567-E89B-12D3-A456-426614174000", "123e4567-e89b-12d3-a456-426614174000"),
        arguments("00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000"),
        arguments("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "ffffffff-ffff-ffff-ffff-ffffffffffff"));
  }

  @ParameterizedTest
  @MethodSource("uuids")
  void serializesUuidsInLowercase(String input, String canonical) {
    assertEquals(canonical, UUIDS.serialize(UUID.fromString(input)));
  }

  @ParameterizedTest
  @MethodSource("uuids")
  void parsesUuidsInEitherCase(String input, String canonical) {
    assertEquals(UUID.fromString(canonical), UUIDS.parseValue(input));
    assertEquals(UUID.fromString(canonical), UUIDS.parseLiteral(StringValue.of(input)));
  }

  @ParameterizedTest
  @MethodSource("uuids")
  void turnsUuidsAndTheirStringsIntoCanonicalStringLiterals(String input, String canonical) {
    assertEquals('"' + canonical + '"', UUIDS.valueToLiteral(input));
    assertEquals('"' + canonical + '"', UUIDS.valueToLiteral(UUID.fromString(input)));
    assertEquals(UUID.fromString(canonical), UUIDS.parseLiteral(StringValue.of(canonical)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1-2-3-4-5",
      "123e4567-e89b-12d3-a456-42661417400",
      "123e4567-e89b-12d3-a456-4266141740000",
      "123e4567e89b12d3a456426614174000",
      "{123e4567-e89b-12d3-a456-426614174000}",
      "g23e4567-e89b-12d3-a456-426614174000",
      " 123e4567-e89b-12d3-a456-426614174000",
      ""})
  void refusesStringsThatAreNotCanonicalUuids(String input) {
    assertRejected(CoercingParseValueException.class, FORM.formatted(input), () -> UUIDS.parseValue(input));
    assertRejected(CoercingParseLiteralException.class, FORM.formatted(input),
        () -> UUIDS.parseLiteral(StringValue.of(input)));
  }

  @Test
  void refusesValuesAndLiteralsOfOtherTypes() {
    assertRejected(CoercingSerializeException.class,
        "Expected a value of type 'UUID' but it was \"123e4567-e89b-12d3-a456-426614174000\"",
        () -> UUIDS.serialize("123e4567-e89b-12d3-a456-426614174000"));
    assertRejected(CoercingParseValueException.class,
        "Expected a value of type 'UUID' but it was 42",
        () -> UUIDS.parseValue(42));
    assertRejected(CoercingParseLiteralException.class,
        "Expected a string literal but it was 42",
        () -> UUIDS.parseLiteral(IntValue.of(42)));
  }
}
