package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.http.KilnHttpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * While attackers send every attack again and again, members asking valid questions keep getting
 * right answers, and afterwards the server still answers. The run is bounded: the attackers send
 * a fixed number of rounds.
 */
class LoadUnderAttackTest {
  private static final int ATTACKERS = 2;
  private static final int ROUNDS = 3;
  private static final int MEMBERS = 4;

  private static final Attack VALID =
      Attack.of(
          "a member's first followers",
          "{ member(id: 7) { name followers(first: 2) { name } } }",
          """
          {"data": {"member": {"name": "member-7", "followers": [{"name": "member-71"}, {"name": "member-72"}]}}}""");

  @Test
  void validRequestsKeepSucceedingWhileTheServerIsAttacked() throws Exception {
    KilnHttpServer server = KilnHttpServer.newServer(Networks.kiln(new Network()).build()).host("127.0.0.1").port(0).build();
    server.start();
    ExecutorService clients = Executors.newFixedThreadPool(ATTACKERS + MEMBERS);
    try {
      HttpAttacker http = new HttpAttacker(server.address());
      JsonNode expected = RuntimeAttacksTest.expected(VALID);
      AtomicBoolean attacking = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
      CountDownLatch started = new CountDownLatch(MEMBERS);

      List<Future<?>> members = new ArrayList<>();
      for (int i = 0; i < MEMBERS; i++) {
        members.add(
            clients.submit(
                () -> {
                  started.countDown();
                  while (attacking.get()) {
                    HttpAttacker.Answer answer = http.post(VALID);
                    if (answer.status() != 200 || !expected.equals(RuntimeAttacksTest.answer(answer.body()))) {
                      wrong.add(answer.status() + " " + answer.body());
                    }
                    answered.incrementAndGet();
                  }
                  return null;
                }));
      }
      started.await();
      List<Future<Integer>> attackers = new ArrayList<>();
      for (int i = 0; i < ATTACKERS; i++) {
        attackers.add(clients.submit(() -> attack(http)));
      }

      int attacks = 0;
      for (Future<Integer> attacker : attackers) {
        attacks += attacker.get(120, TimeUnit.SECONDS);
      }
      attacking.set(false);
      for (Future<?> member : members) {
        member.get(30, TimeUnit.SECONDS);
      }

      assertEquals(List.of(), List.copyOf(wrong));
      assertEquals(ATTACKERS * ROUNDS * (Attacks.all().stream().filter(Attack::overHttp).count() + HttpAttacks.all().size()), attacks);
      assertTrue(answered.get() >= MEMBERS, "valid requests answered: " + answered.get());
      HttpAttacker.Answer after = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> http.post(VALID));
      assertEquals(expected, RuntimeAttacksTest.answer(after.body()));
    } finally {
      clients.shutdownNow();
      server.stop(Duration.ZERO);
    }
  }

  /** Sends every attack {@link #ROUNDS} times, checking each answer; returns how many it sent. */
  private static int attack(HttpAttacker http) throws Exception {
    int sent = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (Attack attack : Attacks.all()) {
        if (!attack.overHttp()) {
          continue;
        }
        assertEquals(RuntimeAttacksTest.expected(attack), RuntimeAttacksTest.answer(http.post(attack).body()), attack.name());
        sent++;
      }
      for (HttpAttacks.HttpAttack attack : HttpAttacks.all()) {
        HttpAttacker.Answer answer = attack.send().apply(http);
        assertEquals(attack.status(), answer.status(), attack.name());
        sent++;
      }
    }
    return sent;
  }
}
