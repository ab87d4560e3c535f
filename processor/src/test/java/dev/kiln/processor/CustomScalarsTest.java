package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @GraphQLScalar} on a graphql-java {@code Coercing<T, ?>} binds the Java type {@code T} to
 * a custom scalar, for fields and arguments alike.
 */
class CustomScalarsTest {
  private static final JavaFileObject COLOR =
      Compilations.source("paint.Rgb", "package paint;", "public record Rgb(int red, int green, int blue) {}");

  @Test
  void aCoercingBecomesAScalarForItsJavaType() {
    JavaFileObject coercing =
        Compilations.source(
            "paint.RgbCoercing",
            "package paint;",
            "import dev.kiln.annotations.GraphQLScalar;",
            "import graphql.schema.Coercing;",
            "/** A colour as #rrggbb. */",
            "@GraphQLScalar(name = \"Color\", specifiedBy = \"https://www.w3.org/TR/css-color-4/#hex-notation\")",
            "public final class RgbCoercing implements Coercing<Rgb, String> {}");
    JavaFileObject api =
        Compilations.source(
            "paint.Api",
            "package paint;",
            "import dev.kiln.annotations.*;",
            "public class Api {",
            "  @Query public static Rgb mix(Rgb a, Rgb b) { return a; }",
            "}");

    Compilation compilation = Compilations.compile(COLOR, coercing, api);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = Compilations.schema(compilation);
    assertThat(schema).contains("  mix(a: Color, b: Color): Color\n");
    assertThat(schema).contains("\"A colour as #rrggbb.\"\nscalar Color @specifiedBy(url: \"https://www.w3.org/TR/css-color-4/#hex-notation\")\n");
    String module = Compilations.content(compilation.generatedSourceFile("paint.KilnSchemaModule").orElseThrow());
    assertThat(module).contains(".coercing(new RgbCoercing())");
  }

  @Test
  void aScalarClassThatIsNoUsableCoercingIsAnError() {
    JavaFileObject coercing =
        Compilations.source(
            "paint.RgbCoercing",
            "package paint;",
            "import dev.kiln.annotations.GraphQLScalar;",
            "@GraphQLScalar public final class RgbCoercing {}");

    Compilation compilation = Compilations.compile(COLOR, coercing, Compilations.itemWithQuery());

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/ScalarCoercing] @GraphQLScalar \"RgbCoercing\" does not implement graphql.schema.Coercing<T, ?> with a concrete, non-generic T.")
        .inFile(coercing)
        .onLineContaining("@GraphQLScalar");
    assertThat(compilation).hadErrorCount(1);
  }
}
