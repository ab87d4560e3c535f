package dev.kiln.integration.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project that the invoker builds with Maven 3.8 and 3.9 is the README's text: its POM holds the
 * Setup snippet, its sources are the Example's files, and its expected schema is the Example's SDL.
 * So the README cannot drift from what is built and run.
 */
class ReadmeSetupTest {
  private static final Path README = Path.of(System.getProperty("kiln.readme"));
  private static final Path PROJECT = Path.of(System.getProperty("kiln.setupProject"));
  private static final Path SOURCES = PROJECT.resolve("src/main/java/com/example/shelf");
  private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$");
  private static final Pattern FILE_NAME = Pattern.compile("\\A// (\\S+\\.java)\\b");

  @Test
  void theSetupSnippetIsWhatTheProjectsPomHolds() throws IOException {
    String pom = Files.readString(PROJECT.resolve("pom.xml"));
    String snippet = between(pom, "<!-- README: Setup -->\n", "  <!-- README: end of Setup -->");

    assertEquals(List.of(dedent(snippet)), blocks(section("Setup"), "xml"));
  }

  @Test
  void theExamplesJavaBlocksAreTheProjectsSourceFiles() throws IOException {
    Map<String, String> fromReadme = new TreeMap<>();
    for (String block : blocks(section("Example"), "java")) {
      Matcher name = FILE_NAME.matcher(block);
      if (name.find()) {
        fromReadme.put(name.group(1), block);
      }
    }
    Map<String, String> fromProject = new TreeMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.collect(Collectors.toList())) {
        fromProject.put(file.getFileName().toString(), Files.readString(file));
      }
    }

    assertEquals(fromProject, fromReadme);
  }

  @Test
  void theExamplesSchemaIsWhatTheBuildMustWrite() throws IOException {
    assertEquals(
        List.of(Files.readString(PROJECT.resolve("expected-query.graphql"))), blocks(section("Example"), "graphql"));
  }

  private static String section(String heading) throws IOException {
    String readme = Files.readString(README);
    String start = "\n## " + heading + "\n";
    int from = readme.indexOf(start);
    int to = readme.indexOf("\n## ", from + start.length());
    return readme.substring(from, to < 0 ? readme.length() : to);
  }

  private static List<String> blocks(String text, String language) {
    List<String> blocks = new ArrayList<>();
    Matcher fence = FENCE.matcher(text);
    while (fence.find()) {
      if (fence.group(1).equals(language)) {
        blocks.add(fence.group(2));
      }
    }
    return blocks;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  /** Removes the indentation that every non-blank line shares. */
  private static String dedent(String text) {
    List<String> lines = text.lines().collect(Collectors.toList());
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).collect(Collectors.joining("\n"))
        + "\n";
  }
}
