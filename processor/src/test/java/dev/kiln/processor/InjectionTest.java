package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Besides arguments, a field method can take the request context, by {@code @Context} or, with
 * {@code -Akiln.contextType}, by its declared type; graphql-java's environment; and the field's
 * selection set. None of them is an argument.
 */
class InjectionTest {
  private static final JavaFileObject VIEWER =
      Compilations.source("test.Viewer", "package test;", "public record Viewer(String name) {}");

  @Test
  void theContextTypeAndTheSelectionSetAreInjectedNotArguments() {
    JavaFileObject api =
        Compilations.source(
            "test.Api",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import graphql.schema.DataFetchingFieldSelectionSet;",
            "import java.util.Map;",
            "import java.util.Set;",
            "public class Api {",
            "  @Query public static String me(Viewer viewer, DataFetchingFieldSelectionSet selection, int size) { return null; }",
            "  @BatchLoader public static Map<Integer, String> names(Set<Integer> ids, Viewer viewer) { return Map.of(); }",
            "}");

    Compilation compilation =
        Compilations.compileWithOptions(List.of("-Xlint:all,-processing", "-Werror", "-Akiln.contextType=test.Viewer"), VIEWER, api);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation)).contains("  me(size: Int!): String\n");
    String fetchers = Compilations.content(compilation.generatedSourceFile("test.Api_Fetchers").orElseThrow());
    assertThat(fetchers).contains("Api.me((Viewer) FetcherSupport.context(env), env.getSelectionSet(), (Integer) env.getArguments().get(\"size\"))");
    String loaders = Compilations.content(compilation.generatedSourceFile("test.Api_Loaders").orElseThrow());
    assertThat(loaders).contains("Api.names(LoaderSupport.keySet(keys), (Viewer) LoaderSupport.context(environment))");
  }

  @Test
  void withoutTheOptionARecordOfTheContextTypeIsAnInputArgument() {
    JavaFileObject api =
        Compilations.source(
            "test.Api",
            "package test;",
            "import dev.kiln.annotations.*;",
            "public class Api {",
            "  @Query public static String me(Viewer viewer) { return null; }",
            "}");

    Compilation compilation = Compilations.compile(VIEWER, api);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation)).contains("  me(viewer: Viewer): String\n");
    assertThat(Compilations.schema(compilation)).contains("input Viewer {\n  name: String\n}\n");
  }

  @Test
  void aContextTypeThatIsNoClassNameIsAnOptionError() {
    Compilation compilation = Compilations.compileWithOptions(List.of("-Akiln.contextType=not a class"), Compilations.itemWithQuery());

    assertThat(compilation)
        .hadErrorContaining("[Kiln/InvalidOption] Option -Akiln.contextType=not a class is not valid: expected the qualified name of the context's class, such as com.example.auth.Viewer.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aBatchedFieldCannotTakeTheSelectionSet() {
    JavaFileObject api =
        Compilations.source(
            "test.Api",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import graphql.schema.DataFetchingFieldSelectionSet;",
            "import java.util.List;",
            "public class Api {",
            "  @Field public List<String> label(@Source List<Item> items, DataFetchingFieldSelectionSet selection) { return null; }",
            "}");

    Compilation compilation = Compilations.compile(Compilations.itemWithQuery(), api);

    assertThat(compilation)
        .hadErrorContaining("[Kiln/BatchedFieldParameter] Parameter \"selection\" of batched field \"Item.label\" is a DataFetchingFieldSelectionSet, but one call serves the field for many sources.")
        .inFile(api)
        .onLineContaining("DataFetchingFieldSelectionSet selection");
    assertThat(compilation).hadErrorCount(1);
  }
}
