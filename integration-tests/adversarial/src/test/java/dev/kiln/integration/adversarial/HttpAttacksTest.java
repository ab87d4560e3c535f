package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kiln.http.KilnHttpServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each attack, sent to {@link KilnHttpServer} over real sockets with the default limits, gets its
 * exact status and body within a bounded time.
 */
class HttpAttacksTest {
  private static KilnHttpServer server;
  private static HttpAttacker http;

  @BeforeAll
  static void start() throws Exception {
    server = KilnHttpServer.newServer(Networks.kiln(new Network()).build()).host("127.0.0.1").port(0).build();
    server.start();
    http = new HttpAttacker(server.address());
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  static List<Attack> attacks() {
    return Attacks.all().stream().filter(Attack::overHttp).toList();
  }

  static List<HttpAttacks.HttpAttack> httpAttacks() {
    return HttpAttacks.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void anAttackOnTheRuntimeGetsTheSameAnswerOverHttp(Attack attack) throws Exception {
    HttpAttacker.Answer answer = assertTimeoutPreemptively(RuntimeAttacksTest.BOUND, () -> http.post(attack));

    // application/graphql-response+json: 400 when nothing was executed, else 200.
    assertEquals(attack.expected().contains("\"data\"") ? 200 : 400, answer.status(), answer.body());
    assertEquals(RuntimeAttacksTest.expected(attack), RuntimeAttacksTest.answer(answer.body()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("httpAttacks")
  void anAttackOnHttpGetsItsExactAnswer(HttpAttacks.HttpAttack attack) throws Exception {
    HttpAttacker.Answer answer = assertTimeoutPreemptively(RuntimeAttacksTest.BOUND, () -> attack.send().apply(http));

    assertEquals(attack.status(), answer.status(), answer.body());
    assertEquals(RuntimeAttacksTest.answer(attack.expected()), RuntimeAttacksTest.answer(answer.body()));
  }
}
