package dev.kiln.http;

import java.io.IOException;

/**
 * Where an {@link EventStream} writes: the body of a response whose status and headers a transport
 * has already sent. The stream writes from one thread at a time, but not always the same thread.
 */
public interface EventSink {

  /**
   * Writes {@code text} (whole Server-Sent Events, already framed) and flushes it to the client.
   *
   * @throws IOException if the client has gone; the stream then cancels the operation and closes
   *     the sink
   */
  void write(String text) throws IOException;

  /** Ends the response. Called exactly once, after the last write. */
  void close();
}
