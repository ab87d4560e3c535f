package dev.kiln.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads requests and writes responses with one shared, thread-safe Jackson mapper. */
final class Json {
  private final JsonMapper mapper =
      JsonMapper.builder()
          // A body is one JSON value: `{"query":"{a}"} trailing` is malformed, not a request.
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // `{"query":"{a}","query":"{b}"}` is ambiguous; refuse it rather than pick one.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /**
   * The JSON value in {@code bytes} (UTF-8).
   *
   * @throws RequestRejectedException (400) if it is not well-formed JSON
   */
  JsonNode read(byte[] bytes, String what) {
    try {
      JsonNode node = mapper.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new RequestRejectedException(400, what + " is empty; it must be JSON.");
      }
      return node;
    } catch (StreamConstraintsException pastALimit) {
      throw new RequestRejectedException(400, what + " " + limitBroken(pastALimit) + ".");
    } catch (JsonProcessingException malformed) {
      throw new RequestRejectedException(400, what + " is not valid JSON" + locationOf(malformed) + ".");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** A JSON object as Java maps, lists, strings, numbers, booleans and nulls, keys in order. */
  Map<String, Object> toMap(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.properties().forEach(property -> map.put(property.getKey(), mapper.convertValue(property.getValue(), Object.class)));
    return map;
  }

  byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException("A GraphQL response could not be written as JSON.", unwritable);
    }
  }

  String writeString(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException("A GraphQL response could not be written as JSON.", unwritable);
    }
  }

  /**
   * Which of Jackson's reading limits the body broke, in the client's terms. Jackson refuses
   * documents nested past its limit, which also keeps a deep variable from overflowing the stack of
   * graphql-java's recursive input coercion, and numbers, strings and names longer than its limits;
   * its exception says which by naming the {@code StreamReadConstraints} getter of the limit.
   */
  private static String limitBroken(StreamConstraintsException pastALimit) {
    StreamReadConstraints limits = StreamReadConstraints.defaults();
    String message = String.valueOf(pastALimit.getOriginalMessage());
    if (message.contains("getMaxNumberLength")) {
      return "has a number longer than " + limits.getMaxNumberLength() + " characters";
    }
    if (message.contains("getMaxNameLength")) {
      return "has an object key longer than " + limits.getMaxNameLength() + " characters";
    }
    if (message.contains("getMaxStringLength")) {
      return "has a string longer than " + limits.getMaxStringLength() + " characters";
    }
    if (message.contains("getMaxNestingDepth")) {
      return "nests JSON more than " + limits.getMaxNestingDepth() + " levels deep";
    }
    return "is past a limit of the JSON reader";
  }

  private static String locationOf(JsonProcessingException malformed) {
    if (malformed.getLocation() == null || malformed.getLocation().getLineNr() < 1) {
      return "";
    }
    return " (line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ")";
  }
}
