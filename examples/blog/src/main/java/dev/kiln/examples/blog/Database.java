package dev.kiln.examples.blog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The blog's SQL database: H2, in memory, created with the tables and sample data of {@code
 * blog.sql}. Each instance is a database of its own, gone when it is closed.
 *
 * <p>Every statement goes through this class, which hands it to the statement log with its
 * parameters before running it: the log shows exactly what each GraphQL request cost.
 */
public final class Database implements AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String SCRIPT = "classpath:/dev/kiln/examples/blog/blog.sql";

  private final JdbcConnectionPool pool;
  private final Consumer<ExecutedStatement> log;

  /**
   * Creates a new database with the sample data.
   *
   * @param log receives every statement before it runs, such as {@code System.out::println}
   */
  public Database(Consumer<ExecutedStatement> log) {
    this.log = log;
    String url = "jdbc:h2:mem:kiln-blog-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    this.pool = JdbcConnectionPool.create(url, "sa", "");
    update("RUNSCRIPT FROM '" + SCRIPT + "'", List.of());
  }

  /**
   * Runs a query and maps each row of its result.
   *
   * @param sql the statement, with a {@code ?} for each parameter
   * @param parameters the parameters, in order
   * @param rowMapper turns the current row into a value
   * @throws DatabaseException if the statement fails
   */
  public <T> List<T> query(String sql, List<?> parameters, RowMapper<T> rowMapper) {
    try (Connection connection = pool.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters, false);
        ResultSet resultSet = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (resultSet.next()) {
        rows.add(rowMapper.map(resultSet));
      }
      return rows;
    } catch (SQLException e) {
      throw new DatabaseException("Statement failed: " + sql + " " + parameters, e);
    }
  }

  /**
   * Runs an {@code INSERT} into a table whose {@code id} numbers itself, and returns the new row's id.
   *
   * @throws DatabaseException if the statement fails
   */
  public int insert(String sql, List<?> parameters) {
    try (Connection connection = pool.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters, true)) {
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getInt(1);
      }
    } catch (SQLException e) {
      throw new DatabaseException("Statement failed: " + sql + " " + parameters, e);
    }
  }

  /** {@code count} placeholders for an {@code IN} list: {@code ?, ?, ?}. */
  public static String placeholders(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("An IN list needs at least one value, but got " + count);
    }
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** Drops the database. */
  @Override
  public void close() {
    try {
      update("SHUTDOWN", List.of());
    } finally {
      pool.dispose();
    }
  }

  private void update(String sql, List<?> parameters) {
    try (Connection connection = pool.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters, false)) {
      statement.execute();
    } catch (SQLException e) {
      throw new DatabaseException("Statement failed: " + sql + " " + parameters, e);
    }
  }

  private PreparedStatement prepare(Connection connection, String sql, List<?> parameters, boolean returnId)
      throws SQLException {
    log.accept(new ExecutedStatement(sql.strip().replaceAll("\\s+", " "), List.copyOf(parameters)));
    PreparedStatement statement =
        returnId ? connection.prepareStatement(sql, new String[] {"ID"}) : connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  /** Maps the current row of a result set to a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }
}
