package dev.kiln.runtime.scalars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import graphql.schema.GraphQLScalarType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KilnScalarsTest {

  @Test
  void listsEveryScalarInDeclarationOrder() {
    assertEquals(
        List.of("Long", "BigInteger", "BigDecimal", "UUID", "Date", "DateTime", "URL"),
        KilnScalars.all().stream().map(GraphQLScalarType::getName).toList());
  }

  @Test
  void theListCannotBeChanged() {
    assertThrows(UnsupportedOperationException.class, () -> KilnScalars.all().add(KilnScalars.LONG));
  }

  static Stream<Arguments> specifications() {
    return Stream.of(
        arguments(KilnScalars.LONG, "https://scalars.graphql.org/chillicream/long.html"),
        arguments(KilnScalars.BIG_INTEGER, "https://www.rfc-editor.org/rfc/rfc8259#section-6"),
        arguments(KilnScalars.BIG_DECIMAL, "https://www.rfc-editor.org/rfc/rfc8259#section-6"),
        arguments(KilnScalars.UUID, "https://scalars.graphql.org/chillicream/uuid.html"),
        arguments(KilnScalars.DATE, "https://scalars.graphql.org/andimarek/local-date.html"),
        arguments(KilnScalars.DATE_TIME, "https://scalars.graphql.org/andimarek/date-time.html"),
        arguments(KilnScalars.URL, "https://scalars.graphql.org/chillicream/url.html"));
  }

  @ParameterizedTest
  @MethodSource("specifications")
  void eachScalarIsFoundByItsNameAndNamesItsSpecification(GraphQLScalarType scalar, String specifiedBy) {
    assertEquals(Optional.of(scalar), KilnScalars.named(scalar.getName()));
    assertEquals(specifiedBy, scalar.getSpecifiedByUrl());
    assertFalse(scalar.getDescription().isBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"long", "Uuid", "Url", "Int", "", "DateTime "})
  void findsNothingForOtherNames(String name) {
    assertEquals(Optional.empty(), KilnScalars.named(name));
  }
}
