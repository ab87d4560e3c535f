package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database on its own, through JDBC: the sample data is there, every statement is logged with
 * its parameters, and H2's own count of executed statements agrees with the log.
 */
class DatabaseTest {
  private Database database;

  @BeforeEach
  void createTheDatabase() {
    database = new Database();
  }

  @AfterEach
  void dropTheDatabase() {
    database.close();
  }

  @Test
  void theSampleDataIsThere() {
    assertEquals(
        List.of(
            "users=14", "friendships=30", "posts=10", "comments=26", "playlists=2",
            "tracks=50", "likes of Ada=16", "likes of Grace=10"),
        List.of(
            count("users"), count("friendships"), count("posts"), count("comments"),
            count("playlists"), count("tracks"), likes(1, "Ada"), likes(2, "Grace")));
  }

  @Test
  void aNewDatabaseHasRunNothingYet() {
    assertEquals(List.of(), database.statements());
    assertEquals(Map.of(), database.executionCountsFromH2());
  }

  @Test
  void everyStatementIsLoggedWithItsParametersAndCountedByH2() {
    String sql = "SELECT name FROM users WHERE id IN (" + Database.placeholders(3) + ") ORDER BY id";

    List<String> names = database.query(sql, List.of(3, 1, 2), row -> row.getString("name"));
    database.query(sql, List.of(4, 5, 6), row -> row.getString("name"));

    assertEquals(List.of("Ada", "Grace", "Linus"), names);
    assertEquals(
        List.of(
            "SELECT name FROM users WHERE id IN (?, ?, ?) ORDER BY id [3, 1, 2]",
            "SELECT name FROM users WHERE id IN (?, ?, ?) ORDER BY id [4, 5, 6]"),
        database.statements().stream().map(ExecutedStatement::toString).toList());
    assertEquals(Map.of(sql, 2L), database.executionCountsFromH2());
  }

  @Test
  void readingH2sCountIsNotCountedItself() {
    database.query("SELECT 1", List.of(), row -> row.getInt(1));

    database.executionCountsFromH2();

    assertEquals(Map.of("SELECT 1", 1L), database.executionCountsFromH2());
  }

  @Test
  void clearingStartsBothCountsAfresh() {
    database.query("SELECT 1", List.of(), row -> row.getInt(1));

    database.clearStatements();
    database.query("SELECT 2", List.of(), row -> row.getInt(1));

    assertEquals(List.of("SELECT 2 []"), database.statements().stream().map(ExecutedStatement::toString).toList());
    assertEquals(Map.of("SELECT 2", 1L), database.executionCountsFromH2());
  }

  @Test
  void aFailedStatementIsLoggedButH2DoesNotCountIt() {
    DatabaseException thrown =
        assertThrows(
            DatabaseException.class,
            () -> database.query("SELECT url FROM user_avatars WHERE user_id = ?", List.of(1), row -> row.getString(1)));

    assertEquals(
        "Statement failed on " + database.url() + ": SELECT url FROM user_avatars WHERE user_id = ? [1]",
        thrown.getMessage());
    assertTrue(thrown.getCause() instanceof SQLException, () -> "Cause: " + thrown.getCause());
    assertEquals(1, database.statements().size());
    assertEquals(Map.of(), database.executionCountsFromH2());
  }

  @Test
  void eachInstanceIsADatabaseOfItsOwn() {
    try (Database other = new Database()) {
      assertNotEquals(database.url(), other.url());
      other.query("SELECT 1", List.of(), row -> row.getInt(1));

      assertEquals(List.of(), database.statements());
      assertEquals(Map.of(), database.executionCountsFromH2());
    }
  }

  @Test
  void anInListNeedsAtLeastOneValue() {
    assertEquals("?", Database.placeholders(1));
    assertEquals("?, ?, ?", Database.placeholders(3));
    assertThrows(IllegalArgumentException.class, () -> Database.placeholders(0));
  }

  @Test
  void theUrlNamesAnInMemoryDatabaseThatOutlivesItsConnections() {
    assertTrue(database.url().startsWith("jdbc:h2:mem:kiln-batching-"), database.url());
    assertTrue(database.url().endsWith(";DB_CLOSE_DELAY=-1"), database.url());
    assertFalse(database.url().contains(" "), database.url());
  }

  private String count(String table) {
    return table + "=" + database.query("SELECT COUNT(*) FROM " + table, List.of(), row -> row.getInt(1)).get(0);
  }

  private String likes(int userId, String name) {
    String sql = "SELECT COUNT(*) FROM likes WHERE user_id = ?";
    return "likes of " + name + "=" + database.query(sql, List.of(userId), row -> row.getInt(1)).get(0);
  }
}
