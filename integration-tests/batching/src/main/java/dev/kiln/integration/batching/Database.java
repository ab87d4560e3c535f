package dev.kiln.integration.batching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.NullMarked;

/**
 * A real SQL database, H2 in memory, holding the sample data of {@code schema.sql}. Each instance
 * is a database of its own.
 *
 * <p>Every statement the domain runs goes through {@link #query}, which logs it with its
 * parameters, so that a test can say exactly which statements a GraphQL request cost. H2 counts
 * the statements it executes too ({@link #executionCountsFromH2()}), so the log is not the only
 * witness.
 */
@NullMarked
public final class Database implements AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String SCHEMA = "classpath:/dev/kiln/integration/batching/schema.sql";
  private static final String STATISTICS_TABLE = "INFORMATION_SCHEMA.QUERY_STATISTICS";

  private final String url;
  // One connection, used by one statement at a time: H2's statistics then hold only what the
  // domain ran, without the settings H2 applies to every new connection.
  private final Connection connection;
  private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

  /** Creates a new in-memory database with the sample data. */
  public Database() {
    this.url = "jdbc:h2:mem:kiln-batching-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    try {
      this.connection = dataSource.getConnection();
      execute("RUNSCRIPT FROM '" + SCHEMA + "'");
      execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
      execute("SET QUERY_STATISTICS TRUE");
    } catch (SQLException e) {
      throw new DatabaseException("Could not create the database " + url, e);
    }
  }

  /** The JDBC URL of this database. */
  public String url() {
    return url;
  }

  /**
   * Runs a query and maps each row of its result.
   *
   * @param sql the statement, with a {@code ?} for each parameter
   * @param parameters the parameters, in order
   * @param rowMapper turns the current row into a value
   * @throws DatabaseException if the statement fails
   */
  public synchronized <T> List<T> query(String sql, List<?> parameters, RowMapper<T> rowMapper) {
    statements.add(new ExecutedStatement(sql, new ArrayList<>(parameters)));
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet resultSet = statement.executeQuery()) {
        while (resultSet.next()) {
          rows.add(rowMapper.map(resultSet));
        }
      }
      return rows;
    } catch (SQLException e) {
      // Names the database, as a real data layer's message would: exactly what clients must not see.
      throw new DatabaseException("Statement failed on " + url + ": " + sql + " " + parameters, e);
    }
  }

  /** {@code count} placeholders for an {@code IN} list: {@code ?, ?, ?}. */
  public static String placeholders(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("An IN list needs at least one value, but got " + count);
    }
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** The statements run through {@link #query} since the last {@link #clearStatements()}, in order. */
  public List<ExecutedStatement> statements() {
    return List.copyOf(statements);
  }

  /** Empties the statement log and H2's statistics, so both count from now on. */
  public synchronized void clearStatements() {
    statements.clear();
    try {
      // H2 drops its statistics when they are turned off.
      execute("SET QUERY_STATISTICS FALSE");
      execute("SET QUERY_STATISTICS TRUE");
    } catch (SQLException e) {
      throw new DatabaseException("Could not reset the statistics of " + url, e);
    }
  }

  /**
   * How many times H2 executed each statement since the last {@link #clearStatements()}, by SQL
   * text, read from H2's {@code INFORMATION_SCHEMA.QUERY_STATISTICS}. The queries of this method
   * are left out. A statement that H2 rejects before executing it is not counted.
   */
  public synchronized Map<String, Long> executionCountsFromH2() {
    Map<String, Long> counts = new TreeMap<>();
    String sql = "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM " + STATISTICS_TABLE;
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      while (resultSet.next()) {
        String text = resultSet.getString(1);
        if (!text.contains(STATISTICS_TABLE)) {
          counts.put(text, resultSet.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new DatabaseException("Could not read the statistics of " + url, e);
    }
    return counts;
  }

  /** Drops the database. */
  @Override
  public synchronized void close() {
    try (connection) {
      execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new DatabaseException("Could not shut down " + url, e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Maps the current row of a result set to a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }
}
