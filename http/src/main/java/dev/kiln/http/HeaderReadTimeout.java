package dev.kiln.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose first request's headers have not all arrived within the timeout: a
 * client that sends its request line or headers a byte at a time (slowloris) resets the idle timeout
 * with every byte, and would otherwise keep its connection for as long as it likes.
 *
 * <p>Later requests on a kept-alive connection are bounded by the idle timeout between bytes.
 */
final class HeaderReadTimeout implements Connection.Listener {
  private final Scheduler scheduler;
  private final Duration timeout;
  private final Map<Connection, Scheduler.Task> checks = new ConcurrentHashMap<>();

  HeaderReadTimeout(Scheduler scheduler, Duration timeout) {
    this.scheduler = scheduler;
    this.timeout = timeout;
  }

  @Override
  public void onOpened(Connection connection) {
    checks.put(connection, scheduler.schedule(() -> closeIfNoRequestYet(connection), timeout));
  }

  @Override
  public void onClosed(Connection connection) {
    Scheduler.Task check = checks.remove(connection);
    if (check != null) {
      check.cancel();
    }
  }

  private void closeIfNoRequestYet(Connection connection) {
    checks.remove(connection);
    // Jetty's HTTP/1.1 connection counts a request once its headers are complete.
    if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
      connection.getEndPoint().close();
    }
  }
}
