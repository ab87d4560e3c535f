package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official conformance suite, graphql-http's {@code serverAudits}, run by Node against {@link
 * KilnHttpServer} on loopback. Every MUST audit passes and at least 90% of the SHOULD audits do; the
 * counts are printed for the README.
 */
class GraphQLHttpAuditTest {

  @Test
  void theServerPassesGraphQLHttpsAudits() throws Exception {
    KilnHttpServer server = KilnHttpServer.newServer(TestSchema.kiln()).host("127.0.0.1").port(0).build();
    server.start();
    NodeTool.Result run;
    try {
      run = NodeTool.run("audit.mjs", "http://127.0.0.1:" + server.address().getPort() + "/graphql");
    } finally {
      server.stop(Duration.ZERO);
    }
    assertEquals(0, run.exitCode(), run.stderr());

    Map<String, int[]> passedAndTotal = new LinkedHashMap<>();
    List<String> notPassed = new ArrayList<>();
    for (JsonNode audit : TestClient.json(run.stdout())) {
      String name = audit.get("name").asText();
      int[] counts = passedAndTotal.computeIfAbsent(name.substring(0, name.indexOf(' ')), level -> new int[2]);
      counts[1]++;
      if (audit.get("status").asText().equals("ok")) {
        counts[0]++;
      } else {
        notPassed.add(audit.get("id").asText() + " " + name + ": " + audit.path("reason").asText());
      }
    }
    System.out.println(
        "graphql-http audits: "
            + String.join(
                ", ",
                List.of("MUST", "SHOULD", "MAY").stream()
                    .filter(passedAndTotal::containsKey)
                    .map(level -> level + " " + passedAndTotal.get(level)[0] + "/" + passedAndTotal.get(level)[1])
                    .toList())
            + (notPassed.isEmpty() ? "" : "\n  not passed:\n  " + String.join("\n  ", notPassed)));

    int[] must = passedAndTotal.get("MUST");
    int[] should = passedAndTotal.get("SHOULD");
    assertTrue(must[1] > 0 && should[1] > 0, "the suite ran its MUST and SHOULD audits: " + run.stdout());
    assertEquals(must[1], must[0], "every MUST audit passes: " + notPassed);
    assertTrue(should[0] >= 0.9 * should[1], "at least 90% of the SHOULD audits pass: " + notPassed);
  }
}
