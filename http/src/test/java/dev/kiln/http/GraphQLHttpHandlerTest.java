package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The transport-neutral handler on its own, where a test can see what it reads and writes. */
class GraphQLHttpHandlerTest {
  private final GraphQLHttpHandler handler = GraphQLHttpHandler.newHandler(TestSchema.kiln()).maxBodyBytes(1000).build();

  @Test
  void aBodyOverTheLimitIsReadNoFurtherThanOneByteBeyondIt() {
    CountingStream body = new CountingStream(10_000_000);

    HttpResponse response = handler.handle(post().build(), body);

    assertEquals(413, response.getStatus());
    assertEquals(1001, body.read.get());
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingTheBody() {
    CountingStream body = new CountingStream(5000);

    HttpResponse response = handler.handle(post().header("Content-Length", "5000").build(), body);

    assertEquals(413, response.getStatus());
    assertEquals(0, body.read.get());
  }

  @Test
  void aRequestThatIsNotAcceptedIsAnsweredBeforeTheContextFactoryOrTheBody() {
    AtomicInteger contexts = new AtomicInteger();
    GraphQLHttpHandler counting =
        GraphQLHttpHandler.newHandler(TestSchema.kiln()).contextFactory(request -> contexts.incrementAndGet()).build();
    CountingStream body = new CountingStream(100);

    assertEquals(405, counting.handle(HttpRequest.newRequest().method("PUT").build(), body).getStatus());
    assertEquals(406, counting.handle(post().header("Accept", "text/html").build(), body).getStatus());
    assertEquals(0, contexts.get());
    assertEquals(0, body.read.get());
  }

  @Test
  void anEventStreamWritesToItsSinkAndClosesItOnce() {
    HttpResponse response = handler.handle(post().header("Accept", "text/event-stream").build(), stream("{\"query\":\"{ hello }\"}"));
    RecordingSink sink = new RecordingSink();

    response.getEventStream().open(sink);

    assertEquals(List.of(":\n\n", "event: next\ndata: {\"data\":{\"hello\":\"world\"}}\n\n", "event: complete\ndata:\n\n"), sink.writes);
    assertEquals(1, sink.closes);
    assertTrue(response.getEventStream().isClosed());
    assertThrows(IllegalStateException.class, () -> response.getEventStream().open(new RecordingSink()));
  }

  @Test
  void anEventStreamCancelledBeforeItOpensRunsNothing() {
    HttpResponse response =
        handler.handle(post().header("Accept", "text/event-stream").build(), stream("{\"query\":\"mutation { increment }\"}"));
    RecordingSink sink = new RecordingSink();

    response.getEventStream().cancel();
    response.getEventStream().open(sink);

    assertEquals(List.of(), sink.writes);
    assertEquals(1, sink.closes);
  }

  @Test
  void aResponseOfBytesHasNoEventStream() {
    HttpResponse response = handler.handle(post().build(), stream("{\"query\":\"{ hello }\"}"));

    assertEquals("{\"data\":{\"hello\":\"world\"}}", new String(response.getBody(), StandardCharsets.UTF_8));
    assertThrows(IllegalStateException.class, response::getEventStream);
  }

  private static HttpRequest.Builder post() {
    return HttpRequest.newRequest().method("POST").path("/graphql").header("Content-Type", "application/json");
  }

  private static InputStream stream(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }

  /** An endless-looking body of spaces that counts the bytes read from it. */
  private static final class CountingStream extends InputStream {
    final AtomicInteger read = new AtomicInteger();
    private final int length;

    CountingStream(int length) {
      this.length = length;
    }

    @Override
    public int read() {
      if (read.get() >= length) {
        return -1;
      }
      read.incrementAndGet();
      return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      int available = Math.min(count, length - read.get());
      if (available <= 0) {
        return -1;
      }
      Arrays.fill(buffer, offset, offset + available, (byte) ' ');
      read.addAndGet(available);
      return available;
    }
  }

  private static final class RecordingSink implements EventSink {
    final List<String> writes = new ArrayList<>();
    int closes;

    @Override
    public void write(String text) {
      writes.add(text);
    }

    @Override
    public void close() {
      closes++;
    }
  }
}
