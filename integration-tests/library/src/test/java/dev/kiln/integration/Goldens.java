package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/expected}: outputs too large to write by hand, such
 * as the generated SDL and the introspection result. Run the build with {@code
 * -Dkiln.updateGoldens=true} to rewrite them after an intended change, then review the diff.
 */
final class Goldens {
  static final boolean UPDATE = Boolean.getBoolean("kiln.updateGoldens");

  private static final Path DIRECTORY =
      Path.of(System.getProperty("kiln.goldenDirectory", "src/test/resources/expected"));

  private Goldens() {}

  /** Asserts that {@code actual} is exactly the content of the golden file, or rewrites it. */
  static void assertMatches(String fileName, String actual) throws IOException {
    Path golden = DIRECTORY.resolve(fileName);
    if (UPDATE) {
      write(golden, actual);
      return;
    }
    assertTrue(Files.exists(golden), "No golden file " + golden + "; " + howToUpdate());
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        "Output differs from " + golden + "; " + howToUpdate());
  }

  /** Asserts that {@code actual} is the same JSON as the golden file, or rewrites it. */
  static void assertMatchesJson(String fileName, JsonNode actual) throws IOException {
    Path golden = DIRECTORY.resolve(fileName);
    if (UPDATE) {
      write(golden, Json.pretty(actual));
      return;
    }
    assertTrue(Files.exists(golden), "No golden file " + golden + "; " + howToUpdate());
    assertEquals(
        Json.parse(Files.readString(golden, StandardCharsets.UTF_8)),
        actual,
        "Result differs from " + golden + "; " + howToUpdate());
  }

  private static void write(Path golden, String content) throws IOException {
    Files.createDirectories(golden.getParent());
    Files.writeString(golden, content, StandardCharsets.UTF_8);
  }

  private static String howToUpdate() {
    return "if the change is intended, rerun with -Dkiln.updateGoldens=true and review the diff.";
  }
}
