package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failure that reaches many fields is logged with its stack trace once, not once per field. */
class FailureLogTest {
  private static final Logger RUNTIME = Logger.getLogger("dev.kiln.runtime");
  private static final Pattern ERROR_ID = Pattern.compile("errorId ([0-9a-f-]{36})");

  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (records) {
            records.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void capture() {
    RUNTIME.addHandler(capture);
  }

  @AfterEach
  void release() {
    RUNTIME.removeHandler(capture);
  }

  @Test
  void aFailedBatchOf200KeysLogsItsStackTraceOnceAndThenOnlyErrorIds() {
    Kiln kiln = Networks.kiln(new Network()).build();

    Map<String, Object> answer = kiln.execute(KilnRequest.of("{ members(first: 200) { note } }")).toSpecification();

    List<?> errors = (List<?>) answer.get("errors");
    assertEquals(200, errors.size());
    List<LogRecord> withTrace = records.stream().filter(record -> record.getThrown() != null).toList();
    assertEquals(1, withTrace.size());
    assertEquals(200, records.size());
    String first = errorId(withTrace.get(0).getMessage());
    for (LogRecord record : records) {
      if (record.getThrown() == null) {
        assertTrue(record.getMessage().endsWith("the failure logged with errorId " + first), record::getMessage);
      }
    }
    // Each field's errorId, as the client sees it, is in the log.
    List<String> logged = records.stream().map(record -> errorId(record.getMessage())).toList();
    for (Object error : errors) {
      String errorId = (String) ((Map<?, ?>) ((Map<?, ?>) error).get("extensions")).get("errorId");
      assertTrue(logged.contains(errorId), errorId);
    }
    long bytes = records.stream().mapToLong(record -> record.getMessage().length()).sum();
    System.out.printf("A failed batch of 200 keys logged %,d characters of messages and 1 stack trace%n", bytes);
  }

  private static String errorId(String message) {
    Matcher matcher = ERROR_ID.matcher(message);
    assertTrue(matcher.find(), message);
    return matcher.group(1);
  }
}
