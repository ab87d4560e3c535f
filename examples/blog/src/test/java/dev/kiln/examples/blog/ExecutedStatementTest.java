package dev.kiln.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement's log line is one line whatever its parameters hold. */
class ExecutedStatementTest {
  @Test
  void aParameterWithANewlineCannotForgeALogLine() {
    ExecutedStatement statement =
        new ExecutedStatement(
            "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)",
            List.of(1, 2, "Nice post\nSQL  DELETE FROM users  []\r\t\u2028\u0007\\n 'quoted'"));

    assertEquals(
        "SQL  INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)  "
            + "[1, 2, 'Nice post\\nSQL  DELETE FROM users  []\\r\\t\\u2028\\u0007\\\\n ''quoted''']",
        statement.toString());
  }
}
