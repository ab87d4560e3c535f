package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kiln's classifications are read by clients by name, as {@code extensions.classification}. */
class KilnErrorClassificationTest {

  @Test
  void anErrorOfAKilnClassificationShowsItsNameToClients() {
    for (KilnErrorClassification classification : KilnErrorClassification.values()) {
      Map<String, Object> error = GraphqlErrorBuilder.newError().message("m").locations(null).errorType(classification).build().toSpecification();

      assertEquals(Map.of("message", "m", "extensions", Map.of("classification", classification.name())), error);
    }
  }
}
