package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import org.junit.jupiter.api.Test;

/** Production mode tells a client no more about the schema than its own operations need. */
class ProductionModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Kiln kiln = Networks.kiln(new Network()).production(true).build();

  private String run(String query) throws Exception {
    return JSON.writeValueAsString(kiln.execute(KilnRequest.of(query)).toSpecification());
  }

  @Test
  void introspectionIsRefused() throws Exception {
    assertEquals(
        JSON.readTree(
            """
            {"errors": [{"message": "Introspection has been disabled for this request",
                         "locations": [{"line": 1, "column": 3}],
                         "extensions": {"classification": "IntrospectionDisabled"}}]}"""),
        JSON.readTree(run("{ __schema { types { name } } }")));
  }

  @Test
  void aMisspelledFieldGetsNoSuggestionOfTheRightName() throws Exception {
    assertEquals(
        JSON.readTree(
            """
            {"errors": [{"message": "Validation error (FieldUndefined@[member/nam]) : Field 'nam' in type 'Member' is undefined",
                         "locations": [{"line": 1, "column": 19}],
                         "extensions": {"classification": "ValidationError"}}]}"""),
        JSON.readTree(run("{ member(id: 1) { nam } }")));
  }

  @Test
  void typenameStillWorks() throws Exception {
    assertEquals(JSON.readTree("{\"data\": {\"member\": {\"__typename\": \"Member\"}}}"), JSON.readTree(run("{ member(id: 1) { __typename } }")));
  }
}
