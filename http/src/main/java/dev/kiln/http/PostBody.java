package dev.kiln.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads the JSON body of a POST request, refusing other media types and bodies over the limit. */
final class PostBody {
  private static final int CHUNK = 8192;

  private PostBody() {}

  /**
   * The body's bytes, once its {@code Content-Type} is {@code application/json} (in UTF-8, the
   * only encoding the specification requires and the one assumed when none is given).
   *
   * @throws RequestRejectedException {@code 415} for another media type or charset, {@code 413} if
   *     the body is longer than {@code maxBytes}; no more than {@code maxBytes + 1} bytes are read
   */
  static byte[] read(HttpRequest request, InputStream body, long maxBytes) {
    checkContentType(request.getHeader("Content-Type"));
    long declaredLength = declaredLength(request.getHeader("Content-Length"));
    if (declaredLength > maxBytes) {
      throw tooLarge(maxBytes);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 0), CHUNK));
    byte[] chunk = new byte[CHUNK];
    try {
      int read;
      while ((read = body.read(chunk, 0, (int) Math.min(chunk.length, maxBytes + 1 - bytes.size()))) > 0) {
        bytes.write(chunk, 0, read);
        if (bytes.size() > maxBytes) {
          throw tooLarge(maxBytes);
        }
      }
    } catch (IOException unreadable) {
      // Typically the client went away mid-upload: its fault, not the server's, and not worth a log.
      throw new RequestRejectedException(400, "The request body could not be read.");
    }
    return bytes.toByteArray();
  }

  private static void checkContentType(@Nullable String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw new RequestRejectedException(415, "A POST request needs the header Content-Type: application/json.");
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      throw new RequestRejectedException(415, "The Content-Type of a POST request must be application/json.");
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("charset=") && !unquote(parameter.substring(8)).equals("utf-8")) {
        throw new RequestRejectedException(415, "The request body must be encoded in UTF-8 (charset=utf-8).");
      }
    }
  }

  private static long declaredLength(@Nullable String contentLength) {
    if (contentLength == null) {
      return -1;
    }
    try {
      return Long.parseLong(contentLength.trim());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  private static RequestRejectedException tooLarge(long maxBytes) {
    return new RequestRejectedException(413, "The request body is larger than the limit of " + maxBytes + " bytes.");
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
  }
}
