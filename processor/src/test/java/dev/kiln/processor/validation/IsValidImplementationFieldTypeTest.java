package dev.kiln.processor.validation;

import static com.google.common.truth.Truth.assertThat;

import dev.kiln.processor.model.TypeRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spec's {@code IsValidImplementationFieldType} (October 2021, §3.6), case by case, over a
 * schema where {@code Character} implements {@code Named}, {@code Human} and {@code Droid}
 * implement both, {@code Starship} implements {@code Named}, and {@code SearchResult = Human |
 * Starship}.
 */
class IsValidImplementationFieldTypeTest {
  private static final InterfaceImplementationsRule.AbstractTypes SCHEMA =
      new InterfaceImplementationsRule.AbstractTypes(
          Map.of("SearchResult", List.of("Human", "Starship")),
          Map.of(
              "Character", List.of("Named"),
              "Human", List.of("Character", "Named"),
              "Droid", List.of("Character", "Named"),
              "Starship", List.of("Named")));

  @ParameterizedTest(name = "{0} implementing {1}: {2} ({3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          String!         | String        | true  | 1: the non-null version of the same type
          String!         | String!       | true  | 1: non-null on both sides, then 3
          Human!          | Character     | true  | 1, then 5
          Human!          | Character!    | true  | 1, then 5
          String          | String!       | false | 1 does not apply; a nullable type is not a non-null one
          Human           | Character!    | false | a nullable subtype of a non-null type
          [Human!]        | [Character]   | true  | 2, then 1, then 5
          [Human]!        | [Character]   | true  | 1, then 2, then 5
          [[Human!]!]     | [[Named]]     | true  | 2 nested, then 5
          [String]        | [String]      | true  | 2, then 3
          [String]        | [String!]     | false | 2: a nullable item for a non-null one
          [Human]         | Character     | false | a list for a named type
          Human           | [Character]   | false | a named type for a list
          String          | String        | true  | 3: the same type
          Character       | Character     | true  | 3: the same interface
          Int             | String        | false | 6: different scalars
          ID              | String        | false | 6: ID is not String
          Human           | SearchResult  | true  | 4: a member of the union
          Droid           | SearchResult  | false | 6: not a member of the union
          SearchResult    | Human         | false | 6: a union is not a subtype of its members
          Human           | Character     | true  | 5: an object type that implements the interface
          Character       | Named         | true  | 5: an interface that implements the interface
          Named           | Character     | false | 6: an interface is not a subtype of its implementations
          Starship        | Character     | false | 6: an object type that does not implement the interface
          Droid           | Human         | false | 6: two object types
          """)
  void followsTheSpecsAlgorithm(String fieldType, String implementedFieldType, boolean valid, String step) {
    assertThat(InterfaceImplementationsRule.isValidImplementationFieldType(parse(fieldType), parse(implementedFieldType), SCHEMA))
        .isEqualTo(valid);
  }

  /** A type reference as SDL writes it, such as {@code [Human!]!}. */
  private static TypeRef parse(String sdl) {
    boolean nonNull = sdl.endsWith("!");
    String type = nonNull ? sdl.substring(0, sdl.length() - 1) : sdl;
    if (type.startsWith("[")) {
      return new TypeRef.ListOf(parse(type.substring(1, type.length() - 1)), nonNull);
    }
    return new TypeRef.Named(type, nonNull);
  }
}
