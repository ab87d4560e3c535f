package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.PersistedOperations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Akiln.operations.dir} checks the clients' operations against the schema at compile time,
 * naming the file, line and column of each mistake, and persists the valid ones in a manifest from
 * hash to document.
 */
class PersistedOperationsTest {
  private static final JavaFileObject BOOK =
      Compilations.source(
          "shop.Book",
          "package shop;",
          "import dev.kiln.annotations.*;",
          "@GraphQLType public record Book(String title, Rgb colour) {",
          "  @Query public static Book book(String id) { return null; }",
          "}");
  private static final JavaFileObject RGB =
      Compilations.source("shop.Rgb", "package shop;", "public record Rgb(int red, int green, int blue) {}");
  private static final JavaFileObject RGB_COERCING =
      Compilations.source(
          "shop.RgbCoercing",
          "package shop;",
          "@dev.kiln.annotations.GraphQLScalar(name = \"Color\")",
          "public final class RgbCoercing implements graphql.schema.Coercing<Rgb, String> {}");

  @TempDir Path directory;

  private Path write(String file, String text) throws IOException {
    Path path = directory.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    return path;
  }

  private Compilation compile() {
    return Compilations.compileWithOptions(List.of("-Akiln.operations.dir=" + directory), BOOK, RGB, RGB_COERCING);
  }

  @Test
  void validOperationsAreWrittenToTheManifestSortedByHash() throws IOException {
    String title = "query BookTitle($id: String) {\n  book(id: $id) { ...Title }\n}\n\nfragment Title on Book { title }\n";
    String colour = "query BookColour { book(id: \"1\") { colour } }\nquery BookBoth { book(id: \"1\") { title colour } }\n";
    write("title.graphql", title);
    write("nested/colour.graphql", colour);
    write("notes.txt", "not an operation");

    Compilation compilation = compile();

    assertThat(compilation).succeededWithoutWarnings();
    // sha256sum of the files' bytes; the title's hash sorts first.
    String expected =
        "{\n"
            + "  \"137da3ec688b876b7ba511b5ccd4d0d1a821f571804c32690ee77aac33627f4c\": {\n"
            + "    \"operations\": [\"BookTitle\"],\n"
            + "    \"document\": \"query BookTitle($id: String) {\\n  book(id: $id) { ...Title }\\n}\\n\\nfragment Title on Book { title }\\n\"\n"
            + "  },\n"
            + "  \"f93dcec415ade17eb234605829f4b02a3c6dea47fe396dde8420542e76792ddc\": {\n"
            + "    \"operations\": [\"BookColour\", \"BookBoth\"],\n"
            + "    \"document\": \"query BookColour { book(id: \\\"1\\\") { colour } }\\nquery BookBoth { book(id: \\\"1\\\") { title colour } }\\n\"\n"
            + "  }\n"
            + "}\n";
    assertThat(Compilations.resource(compilation, PersistedOperations.MANIFEST_RESOURCE)).isEqualTo(expected);
  }

  @Test
  void theManifestReadsBackAsTheDocumentsByTheirHashes() throws IOException {
    String text = "query Title { book(id: \"é\") { title } }\n";
    write("a.graphql", text);

    Compilation compilation = compile();

    assertThat(compilation).succeeded();
    assertThat(Compilations.resource(compilation, PersistedOperations.MANIFEST_RESOURCE)).contains("\\u00e9");
    Path classes = Files.createTempDirectory(directory, "classes");
    Path manifest = classes.resolve(PersistedOperations.MANIFEST_RESOURCE);
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest, Compilations.resource(compilation, PersistedOperations.MANIFEST_RESOURCE));
    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null)) {
      PersistedOperations operations = PersistedOperations.load(loader);
      assertThat(operations.hashes()).containsExactly(PersistedOperations.sha256(text));
      assertThat(operations.document(PersistedOperations.sha256(text))).isEqualTo(text);
    }
  }

  @Test
  void anUndefinedFieldIsAnErrorAtItsFileLineAndColumn() throws IOException {
    Path file = write("book.graphql", "query Book {\n  book(id: \"1\") {\n    titel\n  }\n}\n");

    Compilation compilation = compile();

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InvalidOperation] " + file + ":3:5: Validation error (FieldUndefined@[book/titel]) : Field 'titel' in type 'Book' is undefined."
                + " Operations in -Akiln.operations.dir must be valid against the schema; correct the operation or the schema.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aWrongArgumentTypeOfACustomScalarSchemaIsAnError() throws IOException {
    Path file = write("book.graphql", "query Book {\n  book(id: 1) { colour }\n}\n");

    Compilation compilation = compile();

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InvalidOperation] " + file + ":2:8: Validation error (WrongType@[book]) : argument 'id' with value 'IntValue{value=1}' is not a valid 'String'");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aSyntaxErrorIsAnErrorAtItsFileLineAndColumn() throws IOException {
    Path file = write("broken.graphql", "query Broken {\n  book(id: \"1\") {\n    title\n}\n");

    Compilation compilation = compile();

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InvalidOperation] " + file + ":5:1: Invalid syntax with offending token '<EOF>' at line 5 column 1."
                + " Operations in -Akiln.operations.dir must be valid against the schema");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anAnonymousOperationIsAnError() throws IOException {
    Path file = write("anonymous.graphql", "\n{ book(id: \"1\") { title } }\n");

    Compilation compilation = compile();

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/AnonymousOperation] " + file + ":2:1: This query has no name, but persisted operations are told apart by name in logs."
                + " Name it, as in \"query BookTitles { … }\".");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anOperationNameUsedTwiceAcrossFilesIsAnError() throws IOException {
    Path first = write("a.graphql", "query Title { book(id: \"1\") { title } }\n");
    Path second = write("b.graphql", "\n\nquery Title { book(id: \"2\") { title } }\n");

    Compilation compilation = compile();

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/DuplicateOperation] " + second + ":3:1: Operation \"Title\" is also defined at " + first
                + ":1:1, but operation names are unique across -Akiln.operations.dir. Rename one.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aMissingDirectoryIsAnErrorNamingThePath() {
    Path missing = directory.resolve("no-such-dir");

    Compilation compilation =
        Compilations.compileWithOptions(List.of("-Akiln.operations.dir=" + missing), BOOK, RGB, RGB_COERCING);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InvalidOption] Option -Akiln.operations.dir=" + missing + " is not valid: no readable directory is there"
                + " (relative paths start from the compiler's working directory, so give ${project.basedir}/src/main/graphql under Maven).");
    assertThat(compilation).hadErrorCount(1);
  }
}
