package dev.kiln.integration.adversarial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One TCP connection to the server that writes whatever bytes a test gives it, well-formed HTTP or
 * not, and reads HTTP/1.1 answers off it; for the attacks that {@code java.net.http} cannot send.
 */
final class RawConnection implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private RawConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connects to {@code address}, reading with a timeout of {@code readTimeoutMillis}. */
  static RawConnection open(InetSocketAddress address, int readTimeoutMillis) {
    return open(address, readTimeoutMillis, 0);
  }

  /** As {@link #open(InetSocketAddress, int)}, with a receive buffer of this size (0: the system's). */
  static RawConnection open(InetSocketAddress address, int readTimeoutMillis, int receiveBufferBytes) {
    try {
      Socket socket = new Socket();
      if (receiveBufferBytes > 0) {
        socket.setReceiveBufferSize(receiveBufferBytes);
      }
      socket.connect(new InetSocketAddress("127.0.0.1", address.getPort()), 5_000);
      socket.setSoTimeout(readTimeoutMillis);
      return new RawConnection(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} as ISO-8859-1 bytes and flushes. */
  RawConnection send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  RawConnection send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** An HTTP answer: its status, its headers by lower-case name, and its body. */
  record Answer(int status, Map<String, String> headers, String body) {
    @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Reads one answer, whose body has a {@code Content-Length}; {@code null} if the server closed first. */
  @Nullable Answer read() throws IOException {
    String head = readHead();
    if (head == null) {
      return null;
    }
    String[] lines = head.split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    String length = headers.get("content-length");
    byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
    return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Whether the server has closed the connection: the next read ends the stream (or the connection
   * is reset) before the read timeout, with no byte.
   */
  boolean closedByServer() throws IOException {
    try {
      return in.read() < 0;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  private @Nullable String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int next = in.read();
      if (next < 0) {
        if (head.size() == 0) {
          return null;
        }
        throw new IOException("The connection closed in the middle of an answer: " + head);
      }
      head.write(next);
      matched = (next == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (next == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a socket the server may have reset already: nothing to do.
    }
  }
}
