package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Akiln.schema.baseline} compares the schema with a committed one, by graphql-java's
 * schema diff: a breaking change fails the compile, naming its coordinate; a safe one passes.
 */
class BaselineGateTest {
  private static final String BASELINE =
      """
      type Query {
        item(id: Int): Item
      }

      type Item {
        id: Int!
        name: String
        size: Size
      }

      enum Size {
        SMALL
        LARGE
      }
      """;

  @TempDir Path directory;

  private Compilation compile(String item, String query, String... options) throws IOException {
    return compileWithSizes(item, query, "SMALL, LARGE", options);
  }

  private Compilation compileWithSizes(String item, String query, String sizes, String... options) throws IOException {
    Path baseline = directory.resolve("baseline.graphql");
    Files.writeString(baseline, BASELINE);
    JavaFileObject source =
        Compilations.source(
            "test.Item",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public record Item(" + item + ") {",
            "  @Query public static Item item(" + query + ") { return null; }",
            "}");
    JavaFileObject size = Compilations.source("test.Size", "package test;", "public enum Size { " + sizes + " }");
    List<String> all = new java.util.ArrayList<>(List.of("-Akiln.schema.baseline=" + baseline));
    all.addAll(List.of(options));
    return Compilations.compileWithOptions(all, source, size);
  }

  @Test
  void anUnchangedSchemaPasses() throws IOException {
    assertThat(compile("int id, String name, Size size", "Integer id")).succeededWithoutWarnings();
  }

  @Test
  void aRemovedFieldIsABreakingChangeAtItsCoordinate() throws IOException {
    Compilation compilation = compile("int id, Size size", "Integer id");

    assertThat(compilation).hadErrorContaining("[Kiln/BreakingChange] Breaking change at \"Item.name\", against the baseline schema");
    assertThat(compilation).hadErrorContaining("Keep the schema compatible, or update the baseline if the break is intended.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void breakingChangesOnlyWarnWhenConfiguredSo() throws IOException {
    Compilation compilation = compile("int id, Size size", "Integer id", "-Akiln.schema.breaking=warn");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[Kiln/BreakingChange] Breaking change at \"Item.name\"");
  }

  @Test
  void anAddedOptionalArgumentIsSafe() throws IOException {
    assertThat(compile("int id, String name, Size size", "Integer id, Integer version")).succeededWithoutWarnings();
  }

  @Test
  void anArgumentMadeNonNullIsBreaking() throws IOException {
    Compilation compilation = compile("int id, String name, Size size", "int id");

    assertThat(compilation).hadErrorContaining("[Kiln/BreakingChange] Breaking change at \"Query.item\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aFieldMadeNullableIsBreakingForClientsThatRelyOnIt() throws IOException {
    Compilation compilation = compile("Integer id, String name, Size size", "Integer id");

    assertThat(compilation).hadErrorContaining("[Kiln/BreakingChange] Breaking change at \"Item.id\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anAddedEnumValueIsADangerousChangeAndAWarning() throws IOException {
    Compilation compilation = compileWithSizes("int id, String name, Size size", "Integer id", "SMALL, LARGE, HUGE");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[Kiln/DangerousChange] Dangerous change at \"Size\", against the baseline schema");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aFieldMadeNonNullIsSafe() throws IOException {
    assertThat(compile("int id, @org.jspecify.annotations.NonNull String name, Size size", "Integer id")).succeededWithoutWarnings();
  }
}
