package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each attack, sent through {@code Kiln.execute} with the default limits, gets its exact, safe
 * answer within a bounded time, and costs the backend nothing it should not.
 */
class RuntimeAttacksTest {
  /** A bound on each answer, far above what each takes, so that a hang fails rather than blocks. */
  static final Duration BOUND = Duration.ofSeconds(20);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ERROR_ID = Pattern.compile("\"errorId\":\"[0-9a-f-]{36}\"");

  static List<Attack> attacks() {
    return Attacks.all();
  }

  /** The answer as JSON, with error ids (random) replaced by {@code <errorId>}. */
  static JsonNode answer(String json) throws Exception {
    return JSON.readTree(ERROR_ID.matcher(json).replaceAll("\"errorId\":\"<errorId>\""));
  }

  static JsonNode expected(Attack attack) throws Exception {
    return JSON.readTree(attack.expected());
  }

  private static String run(Kiln kiln, Attack attack) throws Exception {
    KilnRequest request =
        KilnRequest.newRequest().query(attack.query()).operationName(attack.operationName()).variables(attack.variables()).build();
    return JSON.writeValueAsString(kiln.execute(request).toSpecification());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void anAttackGetsAnExactSafeAnswerInBoundedTime(Attack attack) throws Exception {
    Kiln kiln = Networks.kiln(new Network()).build();

    String answer = assertTimeoutPreemptively(BOUND, () -> run(kiln, attack));

    assertEquals(expected(attack), answer(answer));
  }

  @Test
  void aResolverExceptionNeverShowsTheClientItsMessage() throws Exception {
    Kiln kiln = Networks.kiln(new Network()).build();

    String answer = run(kiln, Attack.of("secrets", "{ audit }", "{}"));

    for (String secret : List.of("jdbc", "db-7.internal", "admin", "hunter2", "IllegalStateException", "at dev.kiln")) {
      assertFalse(answer.contains(secret), () -> answer + " shows " + secret);
    }
  }

  @Test
  void aRefusedOperationCostsTheBackendNothing() throws Exception {
    Network network = new Network();
    Kiln kiln = Networks.kiln(network).build();

    for (Attack attack : Attacks.all()) {
      if (!attack.expected().contains("\"data\"") && !attack.expected().contains("maxResultNodes")) {
        run(kiln, attack);
      }
    }

    assertEquals(0, network.calls());
  }

  @Test
  void aRequestPastItsDeadlineKeepsWhatWasResolvedAndSaysWhatWasNot() throws Exception {
    Kiln kiln = Networks.kiln(new Network()).requestTimeout(Duration.ofMillis(300)).build();

    String answer =
        assertTimeoutPreemptively(BOUND, () -> run(kiln, Attack.of("slow", "{ members(first: 2) { name } slow(millis: 60000) }", "{}")));

    assertEquals(
        JSON.readTree(
            """
            {"errors": [{"message": "The request ran past its deadline before this field was resolved; the limit (requestTimeout) is 300 ms.",
                         "locations": [{"line": 1, "column": 30}], "path": ["slow"],
                         "extensions": {"classification": "QUERY_LIMIT", "limit": "requestTimeout", "max": 300}}],
             "data": {"members": [{"name": "member-1"}, {"name": "member-2"}], "slow": null}}"""),
        answer(answer));
  }

  @Test
  void fieldsLeftUnresolvedAtTheDeadlineShareOneError() throws Exception {
    Kiln kiln = Networks.kiln(new Network()).requestTimeout(Duration.ofMillis(300)).build();

    Map<String, Object> answer =
        assertTimeoutPreemptively(
            BOUND,
            () -> kiln.execute(KilnRequest.of("{ a: slow(millis: 60000) b: slow(millis: 60000) c: slow(millis: 0) }")).toSpecification());

    List<?> errors = (List<?>) answer.get("errors");
    assertEquals(1, errors.size());
    assertEquals(
        Map.of("classification", "QUERY_LIMIT", "limit", "requestTimeout", "max", 300L, "unresolvedFields", 2),
        ((Map<?, ?>) errors.get(0)).get("extensions"));
    assertEquals(java.util.Arrays.asList(null, null, "done"), new java.util.ArrayList<>(((Map<?, ?>) answer.get("data")).values()));
  }
}
