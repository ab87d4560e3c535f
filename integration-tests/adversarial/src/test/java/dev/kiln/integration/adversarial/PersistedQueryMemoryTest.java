package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.PersistedOperations;
import graphql.ExecutionInput;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clients registering large documents by automatic persisted queries cannot hold more of the
 * server's heap than the byte budget allows.
 */
class PersistedQueryMemoryTest {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** A distinct document of about 900 KB that runs within every limit: a long string literal. */
  private static String document(int number) {
    return "query Q" + number + " { search(filter: {name: \"" + "x".repeat(900_000) + "\"}) }";
  }

  private static ExecutionInput registering(String query) {
    return ExecutionInput.newExecutionInput()
        .query(query)
        .extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedOperations.sha256(query))))
        .build();
  }

  /** The heap in use once the collector has run a few times. */
  private static long heapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  @Test
  void twoHundredRegistrationsOf900KbDocumentsStayWithinTheByteBudget() throws Exception {
    Kiln kiln = Networks.kiln(new Network()).build();
    kiln.execute(registering("{ member(id: 1) { name } }"));
    long before = heapAfterGc();

    for (int i = 0; i < 200; i++) {
      Map<String, Object> answer = kiln.execute(registering(document(i))).toSpecification();
      assertEquals(Map.of("data", Map.of("search", List.of())), answer);
    }
    long retained = heapAfterGc() - before;

    long budget = Kiln.DEFAULT_APQ_MAX_BYTES;
    System.out.printf("APQ: 200 documents of 900 KB registered; heap after GC grew by %,d bytes (budget %,d)%n", retained, budget);
    assertTrue(retained <= budget * 11 / 10, () -> "the heap grew by " + retained + " bytes; the budget is " + budget);
    // The last document registered is kept and runs by its hash alone.
    String last = document(199);
    assertEquals(last, kiln.persistedDocument(PersistedOperations.sha256(last)));
  }
}
