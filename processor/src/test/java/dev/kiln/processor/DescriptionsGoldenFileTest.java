package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SDL of a Star Wars domain with wrapped, formatted Javadoc everywhere a description comes
 * from, compared with {@code src/test/resources/golden-descriptions/schema.graphql}: descriptions
 * are the Markdown the Javadoc tool's HTML would show. Run with {@code -Dkiln.updateGoldens=true}
 * to rewrite it after an intended change, and review the diff.
 */
class DescriptionsGoldenFileTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-descriptions");

  @Test
  void descriptionsMatchTheGoldenFile() throws IOException {
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "starwars.Character",
                "package starwars;",
                "import dev.kiln.annotations.*;",
                "/**",
                " * A character in the Star Wars Trilogy, as in the",
                " * <a href=\"https://github.com/graphql/graphql-js\">reference implementation</a>.",
                " *",
                " * <p>Either a {@link Human} or a {@linkplain Droid droid}; the",
                " * difference matters for:",
                " * <ul>",
                " *   <li>{@code primaryFunction}, which only droids have, and",
                " *   <li>the <em>home planet</em>, which only humans have.",
                " * </ul>",
                " */",
                "@GraphQLType",
                "public interface Character {",
                "  /**",
                "   * The name of the character, such as {@literal <R2-D2>} or",
                "   *     <b>Luke&nbsp;Skywalker</b>.",
                "   */",
                "  @Field String name();",
                "}"),
            Compilations.source(
                "starwars.Human",
                "package starwars;",
                "import dev.kiln.annotations.*;",
                "/**",
                " * A humanoid creature.",
                " *",
                " * @param name the name of the human",
                " * @param homePlanet the home planet of the human, or {@code null}",
                " *     if unknown &mdash; see {@link Episode#NEW_HOPE}",
                " */",
                "@GraphQLType",
                "public record Human(String name, String homePlanet) implements Character {}"),
            Compilations.source(
                "starwars.Droid",
                "package starwars;",
                "import dev.kiln.annotations.*;",
                "/** A mechanical creature. */",
                "@GraphQLType",
                "public record Droid(String name, String primaryFunction) implements Character {}"),
            Compilations.source(
                "starwars.Episode",
                "package starwars;",
                "/**",
                " * One of the films in the Star Wars Trilogy. Ordered by release:",
                " * <ol><li>{@link #NEW_HOPE}</li><li>{@link #EMPIRE}</li><li>{@link #JEDI}</li></ol>",
                " */",
                "public enum Episode {",
                "  /** Released in 1977. */ NEW_HOPE,",
                "  /**",
                "   * Released in 1980,",
                "   * three years later.",
                "   */",
                "  EMPIRE,",
                "  /**",
                "   * Released in 1983.",
                "   * @deprecated say {@code RETURN_OF_THE_JEDI},",
                "   *   as the poster does",
                "   */",
                "  @Deprecated JEDI",
                "}"),
            Compilations.source(
                "starwars.Queries",
                "package starwars;",
                "import dev.kiln.annotations.*;",
                "public final class Queries {",
                "  /**",
                "   * The hero of an episode. Query it like this:",
                "   * <pre>{@code",
                "   * {",
                "   *   hero(episode: EMPIRE) { name }",
                "   * }",
                "   * }</pre>",
                "   *",
                "   * @param episode if omitted, returns the hero of the whole saga;",
                "   *     if provided, returns the hero of",
                "   *     that particular episode.",
                "   *",
                "   *     <p>Heroes differ by episode: {@code `hero`} is not {@code \"\"\"}.",
                "   * @return ignored, because there is a main text",
                "   */",
                "  @Query public static Character hero(Episode episode) { return null; }",
                "  /**",
                "   * @return a {@code Human} by name, using",
                "   *     {@link String#equals(Object)}",
                "   * @deprecated use {@link #hero(Episode)}",
                "   *     instead",
                "   */",
                "  @Deprecated @Query public static Human human(String name) { return null; }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    Compilations.assertMatchesGoldenFiles(GOLDEN, Map.of("schema.graphql", Compilations.schema(compilation)));
  }
}
