package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden sources, compiled by the javac of JDK 17 and of JDK 25 as separate processes, give
 * byte-for-byte the same generated sources and resources. JDK 25 is found at {@code -Dkiln.jdk25},
 * else at Temurin's path on Debian.
 */
class CrossJdkReproducibilityTest {
  private static final Path DEFAULT_JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  @TempDir Path directory;

  @Test
  void jdk17AndJdk25GenerateTheSameBytes() throws Exception {
    Path jdk25 = Path.of(System.getProperty("kiln.jdk25", DEFAULT_JDK_25.toString()));
    assertWithMessage("JDK 25 not found at %s; pass -Dkiln.jdk25=<its home>", jdk25)
        .that(Files.isExecutable(jdk25.resolve("bin/javac")))
        .isTrue();
    Path sources = writeSources();

    Map<String, byte[]> on17 = generate(Path.of(System.getProperty("java.home")), sources, "17");
    Map<String, byte[]> on25 = generate(jdk25, sources, "25");

    assertThat(on17.keySet()).containsAtLeast("sources/shop/KilnSchemaModule.java", "classes/META-INF/kiln/schema.graphql");
    assertThat(on25.keySet()).isEqualTo(on17.keySet());
    for (String file : on17.keySet()) {
      assertWithMessage(file).that(new String(on25.get(file), StandardCharsets.UTF_8)).isEqualTo(new String(on17.get(file), StandardCharsets.UTF_8));
    }
  }

  private Path writeSources() throws IOException {
    Path root = directory.resolve("src");
    for (JavaFileObject source : GoldenFilesTest.sources()) {
      Path file = root.resolve(source.getName().replaceFirst("^/", ""));
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
    }
    return root;
  }

  /** Runs {@code javac -proc:only} of {@code jdk} and returns what Kiln generated, by relative path. */
  private Map<String, byte[]> generate(Path jdk, Path sources, String label) throws Exception {
    Path out = directory.resolve("out-" + label);
    Path generated = out.resolve("sources");
    Path classes = out.resolve("classes");
    Files.createDirectories(generated);
    Files.createDirectories(classes);
    List<String> command = new ArrayList<>();
    command.add(jdk.resolve("bin/javac").toString());
    command.addAll(List.of("-proc:only", "-processor", KilnProcessor.class.getName()));
    command.addAll(List.of("-processorpath", System.getProperty("java.class.path")));
    command.addAll(List.of("-classpath", System.getProperty("java.class.path")));
    command.addAll(List.of("-s", generated.toString(), "-d", classes.toString(), "--release", "17"));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().forEach(command::add);
    }
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("javac of %s did not finish", jdk).that(javac.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertWithMessage("javac of %s failed:\n%s", jdk, output).that(javac.exitValue()).isEqualTo(0);
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(out)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
