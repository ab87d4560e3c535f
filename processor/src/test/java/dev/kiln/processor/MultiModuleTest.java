package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
          "  private static final Map<Integer, Author> AUTHORS = Map.of(1, new Author(1, \"Ann\", Genre.POETRY), 2, new Author(2, \"Bo\", Genre.NOVEL));",
          "  @BatchLoader public static Map<Integer, Author> authorsById(Set<Integer> ids) {",
          "    Map<Integer, Author> found = new java.util.HashMap<>(AUTHORS);",
          "    found.keySet().retainAll(ids);",
          "    return found;",
          "  }",
          "  /** Every author. */",
          "  @Query public static java.util.List<Author> authors() { return java.util.List.of(AUTHORS.get(1), AUTHORS.get(2)); }",
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
  void aDependentSchemaIncludesTheUpstreamTypesWithTheirDescriptions() throws Exception {
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
            "  @Query public static java.util.List<Shelf> shelves() { return java.util.List.of(new Shelf(2, Genre.NOVEL), new Shelf(1, Genre.POETRY)); }",
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
    // Both modules serve one schema: the shop's module adds only its own types (a second Author or
    // Genre would be a duplicate type), and its field loads through the catalog's loader.
    try (URLClassLoader loader = Compilations.classLoader(compilation, directory.resolve("shop-classes"), List.of(catalogClasses))) {
      Kiln kiln = Kiln.newKiln().classLoader(loader).build();

      Map<String, Object> result =
          kiln.execute(KilnRequest.of("{ shelves { genre author { id name genre } } authors { name } }")).toSpecification();

      assertThat(result)
          .isEqualTo(
              Map.of(
                  "data",
                  Map.of(
                      "shelves",
                      List.of(
                          Map.of("genre", "NOVEL", "author", Map.of("id", 2, "name", "Bo", "genre", "NOVEL")),
                          Map.of("genre", "POETRY", "author", Map.of("id", 1, "name", "Ann", "genre", "POETRY"))),
                      "authors", List.of(Map.of("name", "Ann"), Map.of("name", "Bo")))));
    }
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
