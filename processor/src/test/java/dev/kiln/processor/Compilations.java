package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with Kiln's processor and reads what it wrote. */
final class Compilations {
  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new KilnProcessor()).withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
  }

  static Compilation compileWithOptions(Iterable<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new KilnProcessor()).withOptions(options).compile(sources);
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** The smallest valid schema: a record type and a query returning it. */
  static JavaFileObject itemWithQuery() {
    return source(
        "test.Item",
        "package test;",
        "@dev.kiln.annotations.GraphQLType public record Item(int id) {",
        "  @dev.kiln.annotations.Query public static Item item() { return null; }",
        "}");
  }

  static String schema(Compilation compilation) {
    return resource(compilation, KilnProcessor.SCHEMA_RESOURCE);
  }

  static String resource(Compilation compilation, String path) {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, path)
            .orElseThrow(() -> new AssertionError("no " + path + " was generated: " + compilation.diagnostics()));
    return content(file);
  }

  /**
   * A class loader for the classes and resources {@code compilation} wrote, written to {@code
   * directory}, above this test's class path: the runtime finds the generated module there.
   */
  static URLClassLoader classLoader(Compilation compilation, Path directory) throws IOException {
    return classLoader(compilation, directory, List.of());
  }

  /**
   * A class loader for the classes and resources {@code compilation} wrote, written to {@code
   * directory}, and for the modules compiled before it into {@code upstream}, above this test's class
   * path.
   */
  static URLClassLoader classLoader(Compilation compilation, Path directory, List<Path> upstream) throws IOException {
    String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (!path.startsWith(prefix)) {
        continue;
      }
      Path target = directory.resolve(path.substring(prefix.length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
    List<URL> urls = new ArrayList<>();
    urls.add(directory.toUri().toURL());
    for (Path module : upstream) {
      urls.add(module.toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), Compilations.class.getClassLoader());
  }

  static String content(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that each generated file, by name, equals the file of that name in {@code golden}; with
   * {@code -Dkiln.updateGoldens=true}, writes the generated files there instead, for review.
   */
  static void assertMatchesGoldenFiles(Path golden, Map<String, String> generated) throws IOException {
    if (Boolean.getBoolean("kiln.updateGoldens")) {
      Files.createDirectories(golden);
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Files.writeString(golden.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(file.getValue()).isEqualTo(Files.readString(golden.resolve(file.getKey()), StandardCharsets.UTF_8));
    }
  }
}
