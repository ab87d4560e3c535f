package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class that implements a {@code @GraphQLType} interface without being a {@code @GraphQLType}
 * has no object type: the processor warns on it, and a field that returns one is a masked field
 * error, not a request that throws.
 */
class UntypedImplementationsTest {
  private static final JavaFileObject CHARACTER =
      Compilations.source(
          "starwars.Character",
          "package starwars;",
          "import dev.kiln.annotations.*;",
          "@GraphQLType public interface Character {",
          "  @Field String name();",
          "  @Query static Character hero() { return new Droid(); }",
          "  @Query static Character luke() { return new Human(\"Luke\"); }",
          "}");
  private static final JavaFileObject HUMAN =
      Compilations.source(
          "starwars.Human", "package starwars;", "@dev.kiln.annotations.GraphQLType public record Human(String name) implements Character {}");
  private static final JavaFileObject DROID =
      Compilations.source(
          "starwars.Droid",
          "package starwars;",
          "public final class Droid implements Character {",
          "  @Override public String name() { return \"R2-D2\"; }",
          "}");

  @Test
  void aClassImplementingAGraphQLInterfaceWithoutBeingATypeIsWarnedAbout() {
    Compilation compilation = Compilations.compileWithOptions(List.of(), CHARACTER, HUMAN, DROID);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[Kiln/UntypedImplementation] Class \"starwars.Droid\" implements the GraphQL interface \"Character\" but is not annotated @GraphQLType, so a field of type \"Character\" that returns a Droid fails with an error. Annotate it with @GraphQLType, or, if it never reaches GraphQL, keep it with @SuppressWarnings(\"kiln:UntypedImplementation\").")
        .inFile(DROID)
        .onLineContaining("class Droid");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aSubclassOfAnImplementingTypeOrASuppressedClassIsNotWarnedAbout() {
    JavaFileObject jedi = Compilations.source("starwars.Jedi", "package starwars;", "public class Jedi extends Human { public Jedi() { super(\"Yoda\"); } }");
    JavaFileObject human =
        Compilations.source(
            "starwars.Human",
            "package starwars;",
            "@dev.kiln.annotations.GraphQLType public class Human implements Character {",
            "  private final String name;",
            "  public Human(String name) { this.name = name; }",
            "  @Override public String name() { return name; }",
            "}");
    JavaFileObject fake =
        Compilations.source(
            "starwars.Droid",
            "package starwars;",
            "@SuppressWarnings(\"kiln:UntypedImplementation\")",
            "public final class Droid implements Character {",
            "  @Override public String name() { return \"a test double\"; }",
            "}");

    Compilation compilation = Compilations.compile(CHARACTER, human, jedi, fake);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aFieldReturningSuchAClassIsAMaskedFieldError(@TempDir Path classes) throws Exception {
    Compilation compilation = Compilations.compileWithOptions(List.of(), CHARACTER, HUMAN, DROID);
    assertThat(compilation).succeeded();

    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      Kiln kiln = Kiln.newKiln().classLoader(loader).build();

      Map<String, Object> result = kiln.execute(KilnRequest.of("{ luke { name } hero { name } }")).toSpecification();

      Map<String, Object> data = new LinkedHashMap<>();
      data.put("luke", Map.of("name", "Luke"));
      data.put("hero", null);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> errors = (List<Map<String, Object>>) result.get("errors");
      @SuppressWarnings("unchecked")
      Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
      assertThat((String) extensions.get("errorId")).matches("[0-9a-f-]{36}");
      assertThat(result)
          .isEqualTo(
              Map.of(
                  "data", data,
                  "errors",
                      List.of(
                          Map.of(
                              "message", "Internal error",
                              "path", List.of("hero"),
                              "extensions", Map.of("errorId", extensions.get("errorId"), "classification", "INTERNAL_ERROR")))));
    }
  }
}
