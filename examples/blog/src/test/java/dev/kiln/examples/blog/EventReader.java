package dev.kiln.examples.blog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the events of a {@code text/event-stream} body as they arrive, each as its lines ({@code
 * event: next\ndata: {...}}), skipping the keep-alive comments between them.
 */
final class EventReader {
  private static final long TIMEOUT_SECONDS = 5;

  private final BufferedReader lines;

  EventReader(InputStream body) {
    this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
  }

  /** The next event; fails if none arrives within five seconds or the stream ends first. */
  String next() throws Exception {
    String event = within(this::read);
    if (event == null) {
      throw new AssertionError("The stream ended before the next event.");
    }
    return event;
  }

  /** Every event until the stream ends, which must be within five seconds. */
  List<String> rest() throws Exception {
    return within(
        () -> {
          List<String> events = new ArrayList<>();
          for (String event = read(); event != null; event = read()) {
            events.add(event);
          }
          return events;
        });
  }

  private @Nullable String read() {
    try {
      List<String> event = new ArrayList<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty() && !line.startsWith(":")) {
          event.add(line);
        } else if (line.isEmpty() && !event.isEmpty()) {
          return String.join("\n", event);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T within(Supplier<T> reading) throws Exception {
    try {
      return CompletableFuture.supplyAsync(reading).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("Nothing arrived within " + TIMEOUT_SECONDS + " seconds.", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
