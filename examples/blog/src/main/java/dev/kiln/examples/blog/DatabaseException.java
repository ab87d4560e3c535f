package dev.kiln.examples.blog;

import java.sql.SQLException;

/** A statement that failed. Its message names the statement, so it is for the log, not for clients. */
public final class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DatabaseException(String message, SQLException cause) {
    super(message, cause);
  }
}
