package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java's covariant returns and narrowed nullability make covariant GraphQL fields (spec §3.6,
 * IsValidImplementationFieldType), which the generated wiring serves: compiled, loaded and queried.
 */
class CovariantImplementationsRunTest {
  private static final JavaFileObject CHARACTER =
      Compilations.source(
          "starwars.Character",
          "package starwars;",
          "import dev.kiln.annotations.*;",
          "@GraphQLType public interface Character {",
          "  @Field String name();",
          "  @Field Character friend();",
          "  @Field java.util.List<Character> friends();",
          "  @Query static Character hero() { return new Human(\"Luke\", new Droid()); }",
          "}");
  private static final JavaFileObject HUMAN =
      Compilations.source(
          "starwars.Human",
          "package starwars;",
          "import dev.kiln.annotations.*;",
          "import org.jspecify.annotations.NonNull;",
          "@GraphQLType public record Human(@NonNull String name, Character partner) implements Character {",
          "  @Override public Human friend() { return new Human(\"Leia\", null); }",
          "  @Override public java.util.List<Character> friends() { return java.util.List.of(partner); }",
          "}");
  private static final JavaFileObject DROID =
      Compilations.source(
          "starwars.Droid",
          "package starwars;",
          "import dev.kiln.annotations.*;",
          "import org.jspecify.annotations.NonNull;",
          "@GraphQLType public final class Droid implements Character {",
          "  @Override public @NonNull String name() { return \"R2-D2\"; }",
          "  @Override public Droid friend() { return this; }",
          "  @Override public java.util.List<Character> friends() { return java.util.List.of(); }",
          "}");

  @Test
  void covariantFieldsArePrintedAndServed(@TempDir Path classes) throws Exception {
    Compilation compilation = Compilations.compile(CHARACTER, HUMAN, DROID);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = Compilations.schema(compilation);
    assertThat(schema).contains("type Human implements Character {\n  name: String!\n  partner: Character\n  friend: Human\n");
    assertThat(schema).contains("type Droid implements Character {\n  name: String!\n  friend: Droid\n");
    assertThat(schema).contains("interface Character {\n  name: String\n  friend: Character\n");
    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      Kiln kiln = Kiln.newKiln().classLoader(loader).build();

      Map<String, Object> result =
          kiln.execute(KilnRequest.of("{ hero { name friend { name friend { name } } partner: friends { __typename name friend { name } } } }"))
              .toSpecification();

      assertThat(result)
          .isEqualTo(
              Map.of(
                  "data",
                  Map.of(
                      "hero",
                      Map.of(
                          "name", "Luke",
                          "friend", Map.of("name", "Leia", "friend", Map.of("name", "Leia")),
                          "partner", List.of(Map.of("__typename", "Droid", "name", "R2-D2", "friend", Map.of("name", "R2-D2")))))));
    }
  }
}
