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
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compilation uses the types and loaders of a module compiled before it, found on its class path
 * through that module's {@code @ModuleIndex}; its schema includes that module's, descriptions and
 * all; and a recompile with its own previous output on the class path is complete, not duplicated.
 */
class MultiModuleTest {
  private static final JavaFileObject AUTHOR =
      Compilations.source(
          "catalog.Author",
          "package catalog;",
          "import dev.kiln.annotations.*;",
          "import java.util.Map;",
          "import java.util.Set;",
          "/**",
          " * Someone who writes books.",
          " *",
          " * @param id the author's number",
          " * @param name the author's name",
          " * @param genre what the author mostly writes",
          " */",
          "@GraphQLType public record Author(int id, String name, Genre genre) {",
          "  @BatchLoader public static Map<Integer, Author> authorsById(Set<Integer> ids) { return Map.of(); }",
          "  /** Every author. */",
          "  @Query public static java.util.List<Author> authors() { return java.util.List.of(); }",
          "}");
  private static final JavaFileObject GENRE =
      Compilations.source("catalog.Genre", "package catalog;", "/** A kind of book. */", "public enum Genre { NOVEL, POETRY }");

  @TempDir Path directory;
  private Path catalogClasses;

  @BeforeEach
  void compileTheCatalogModule() throws IOException {
    catalogClasses = directory.resolve("catalog-classes");
    compileToDirectory(catalogClasses, List.of(), AUTHOR, GENRE);
  }

  @Test
  void aDependentSchemaIncludesTheUpstreamTypesWithTheirDescriptions() {
    JavaFileObject shop =
        Compilations.source(
            "shop.Shelf",
            "package shop;",
            "import catalog.Author;",
            "import catalog.Genre;",
            "import dev.kiln.annotations.*;",
            "import java.util.concurrent.CompletableFuture;",
            "import org.dataloader.DataLoader;",
            "/** A shelf in the shop. */",
            "@GraphQLType public record Shelf(@Ignore int authorId, Genre genre) {",
            "  /** Whose books the shelf holds. */",
            "  @Field public CompletableFuture<Author> author(DataLoader<Integer, Author> authorsById) {",
            "    return authorsById.load(authorId);",
            "  }",
            "  /** The shelves. */",
            "  @Query public static java.util.List<Shelf> shelves() { return java.util.List.of(); }",
            "}");

    Compilation compilation = compileAgainstCatalog(shop);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation))
        .isEqualTo(
            """
            type Query {
              "The shelves."
              shelves: [Shelf]
              "Every author."
              authors: [Author]
            }

            "Someone who writes books."
            type Author {
              "the author's number"
              id: Int!
              "the author's name"
              name: String
              "what the author mostly writes"
              genre: Genre
            }

            "A kind of book."
            enum Genre {
              NOVEL
              POETRY
            }

            "A shelf in the shop."
            type Shelf {
              genre: Genre
              "Whose books the shelf holds."
              author: Author
            }
            """);
    String module = Compilations.content(compilation.generatedSourceFile("shop.KilnSchemaModule").orElseThrow());
    assertThat(module).contains("shelfType()");
    assertThat(module).doesNotContain("genreType()");
    assertThat(module).doesNotContain("authorType()");
  }

  @Test
  void anUpstreamLoaderIsTypeChecked() {
    JavaFileObject shop =
        Compilations.source(
            "shop.Shelf",
            "package shop;",
            "import catalog.Author;",
            "import dev.kiln.annotations.*;",
            "import java.util.concurrent.CompletableFuture;",
            "import org.dataloader.DataLoader;",
            "@GraphQLType public record Shelf(@Ignore int authorId) {",
            "  @Field public CompletableFuture<Author> author(DataLoader<String, Author> authorsById) { return null; }",
            "  @Field public CompletableFuture<Author> editor(DataLoader<Integer, Author> authorsByID) { return null; }",
            "  @Query public static Shelf shelf() { return null; }",
            "}");

    Compilation compilation = compileAgainstCatalog(shop);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/LoaderTypeMismatch] Parameter \"authorsById\" is a DataLoader<java.lang.String, catalog.Author>, but loader \"authorsById\" loads DataLoader<java.lang.Integer, catalog.Author>.")
        .inFile(shop)
        .onLineContaining("DataLoader<String, Author> authorsById");
    assertThat(compilation)
        .hadErrorContaining("[Kiln/UnknownLoader] No @BatchLoader named \"authorsByID\" for parameter \"authorsByID\" — did you mean \"authorsById\"?")
        .inFile(shop)
        .onLineContaining("authorsByID)");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aTypeNamedLikeAnUpstreamTypeIsAnError() {
    JavaFileObject shop =
        Compilations.source(
            "shop.Author",
            "package shop;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public record Author(int id) {",
            "  @Query public static Author shopAuthor() { return null; }",
            "}");

    Compilation compilation = compileAgainstCatalog(shop);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/DuplicateType] GraphQL type \"Author\" is defined by both \"module catalog.KilnSchemaModule\" and \"shop.Author\".")
        .inFile(shop)
        .onLineContaining("record Author");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void recompilingAfterOneSourceChangesWithThePreviousOutputOnTheClassPathGivesTheWholeSchemaOnce() throws IOException {
    // What Maven's incremental build does: one source changed, so every source is compiled again,
    // with the previous output, old index and all, on the class path.
    JavaFileObject changedGenre =
        Compilations.source("catalog.Genre", "package catalog;", "/** A kind of book. */", "public enum Genre { NOVEL, POETRY, DRAMA }");
    Path again = directory.resolve("catalog-again");
    compileToDirectory(again, List.of(catalogClasses), AUTHOR, changedGenre);

    String before = Files.readString(catalogClasses.resolve("META-INF/kiln/schema.graphql"));
    assertThat(Files.readString(again.resolve("META-INF/kiln/schema.graphql")))
        .isEqualTo(before.replace("  POETRY\n", "  POETRY\n  DRAMA\n"));
  }

  private Compilation compileAgainstCatalog(JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    classpath.add(catalogClasses.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return javac().withProcessors(new KilnProcessor()).withOptions("-Xlint:all,-processing", "-Werror").withClasspath(classpath).compile(sources);
  }

  /** Compiles {@code sources} with Kiln into {@code output}, as a build tool does, and fails on errors. */
  private static void compileToDirectory(Path output, List<Path> extraClasspath, JavaFileObject... sources) throws IOException {
    Files.createDirectories(output);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      StringBuilder classpath = new StringBuilder(System.getProperty("java.class.path"));
      extraClasspath.forEach(entry -> classpath.append(File.pathSeparator).append(entry));
      List<String> options = List.of("-d", output.toString(), "-s", output.toString(), "-classpath", classpath.toString(), "-proc:full");
      JavaCompiler.CompilationTask task = compiler.getTask(messages, files, null, options, null, List.of(sources));
      task.setProcessors(List.of(new KilnProcessor()));
      assertThat(task.call()).isTrue();
    }
    assertThat(messages.toString()).isEmpty();
  }
}
