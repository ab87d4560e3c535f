package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Node} types of two compilations share one {@code Node} interface and one pair of root
 * fields in the merged schema, after both modules' own fields, as the runtime serves them; and an
 * argument may take the IDs of a node type of the module it depends on.
 */
class NodesAcrossModulesTest {
  private static final JavaFileObject AUTHOR =
      Compilations.source(
          "catalog.Author",
          "package catalog;",
          "import dev.kiln.annotations.*;",
          "import java.util.Map;",
          "import java.util.Set;",
          "import org.jspecify.annotations.NullMarked;",
          "@NullMarked @GraphQLType @Node(loader = \"authorsById\")",
          "public record Author(@Id int id, String name) {",
          "  @BatchLoader public static Map<Integer, Author> authorsById(Set<Integer> ids) { return Map.of(); }",
          "  @Query public static java.util.List<Author> authors() { return java.util.List.of(); }",
          "}");

  @TempDir Path directory;

  @Test
  void twoModulesWithNodeTypesMergeIntoOneNodeInterfaceAndOneNodeField() throws IOException {
    Path catalog = directory.resolve("catalog-classes");
    compileToDirectory(catalog, AUTHOR);
    JavaFileObject shelf =
        Compilations.source(
            "shop.Shelf",
            "package shop;",
            "import dev.kiln.annotations.*;",
            "import java.util.Map;",
            "import java.util.Set;",
            "import org.jspecify.annotations.NullMarked;",
            "@NullMarked @GraphQLType @Node(loader = \"shelvesById\")",
            "public record Shelf(@Id String id) {",
            "  @BatchLoader public static Map<String, Shelf> shelvesById(Set<String> ids) { return Map.of(); }",
            "  @Query public static java.util.List<Shelf> shelvesOf(@Id(node = catalog.Author.class) int author) { return java.util.List.of(); }",
            "}");

    Compilation compilation =
        javac()
            .withProcessors(new KilnProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .withClasspath(classpath(catalog))
            .compile(shelf);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation))
        .isEqualTo(
            """
            type Query {
              shelvesOf(author: ID!): [Shelf!]!
              authors: [Author!]!
              "Fetches an object given its ID"
              node(
                "The ID of an object"
                id: ID!
              ): Node
              "Fetches objects given their IDs"
              nodes(
                "The IDs of objects"
                ids: [ID!]!
              ): [Node]!
            }

            type Author implements Node {
              id: ID!
              name: String!
            }

            "An object with an ID"
            interface Node {
              "The id of the object."
              id: ID!
            }

            type Shelf implements Node {
              id: ID!
            }
            """);
    String module = Compilations.content(compilation.generatedSourceFile("shop.KilnSchemaModule").orElseThrow());
    assertThat(module).contains("contribution.nodeType(\"Shelf\", Shelf.class, NodeKey.STRING, \"shelvesById\");");
    assertThat(module).contains("contribution.globalIdArgument(FieldCoordinates.coordinates(\"Query\", \"shelvesOf\"), \"author\", \"Author\");");
    assertThat(module).doesNotContain("\"Author\", Author.class");
  }

  private static List<File> classpath(Path extra) {
    List<File> entries = new java.util.ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(new File(entry));
    }
    entries.add(extra.toFile());
    return entries;
  }

  /** Compiles {@code sources} with Kiln into {@code output}, as a build tool does, and fails on errors. */
  private static void compileToDirectory(Path output, JavaFileObject... sources) throws IOException {
    Files.createDirectories(output);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", output.toString(), "-s", output.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:full");
      JavaCompiler.CompilationTask task = compiler.getTask(messages, files, null, options, null, List.of(sources));
      task.setProcessors(List.of(new KilnProcessor()));
      assertThat(task.call()).isTrue();
    }
    assertThat(messages.toString()).isEmpty();
  }
}
