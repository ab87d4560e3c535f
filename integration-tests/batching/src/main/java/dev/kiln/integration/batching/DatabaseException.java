package dev.kiln.integration.batching;

import java.sql.SQLException;
import org.jspecify.annotations.NullMarked;

/** A statement that failed. Its message names the database and the statement. */
@NullMarked
public final class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DatabaseException(String message, SQLException cause) {
    super(message, cause);
  }
}
