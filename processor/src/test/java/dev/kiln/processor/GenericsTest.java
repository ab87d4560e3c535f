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
 * A generic {@code @GraphQLType} used with type arguments gives one concretely named type per use:
 * {@code Page<Post>} is {@code PostPage}, or as the annotation's name pattern says.
 */
class GenericsTest {

  @Test
  void eachUseOfAGenericTypeIsAConcretelyNamedTypeAndServed(@TempDir Path classes) throws Exception {
    JavaFileObject blog =
        Compilations.source(
            "blog.Blog",
            "package blog;",
            "import dev.kiln.annotations.*;",
            "import java.util.List;",
            "import org.jspecify.annotations.NullMarked;",
            "@NullMarked",
            "public final class Blog {",
            "  private Blog() {}",
            "  @GraphQLType public record Post(String title) {}",
            "  @GraphQLType public record Author(String name) {}",
            "  /**",
            "   * One page of a list.",
            "   *",
            "   * @param items what is on the page",
            "   * @param total how many there are in all",
            "   */",
            "  @GraphQLType public record Page<T>(List<T> items, int total) {",
            "    /** Whether more pages follow. */",
            "    @Field public boolean hasMore() { return items.size() < total; }",
            "  }",
            "  /** @param node the item */",
            "  @GraphQLType(name = \"{T}Edge\") public record Wrapper<T>(T node) {}",
            "  @Query public static Page<Post> posts() { return new Page<>(List.of(new Post(\"Hello\")), 2); }",
            "  @Query public static Page<Author> authors() { return new Page<>(List.of(new Author(\"Ada\")), 1); }",
            "  @Query public static Wrapper<Post> first() { return new Wrapper<>(new Post(\"x\")); }",
            "}");

    Compilation compilation = Compilations.compile(blog);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = Compilations.schema(compilation);
    assertThat(schema).contains("  posts: PostPage!\n  authors: AuthorPage!\n  first: PostEdge!\n");
    assertThat(schema)
        .contains(
            """
            "One page of a list."
            type PostPage {
              "what is on the page"
              items: [Post!]!
              "how many there are in all"
              total: Int!
              "Whether more pages follow."
              hasMore: Boolean!
            }
            """);
    assertThat(schema).contains("type AuthorPage {\n  \"what is on the page\"\n  items: [Author!]!\n");
    assertThat(schema).contains("type PostEdge {\n  \"the item\"\n  node: Post!\n}\n");
    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      Kiln kiln = Kiln.newKiln().classLoader(loader).build();

      Map<String, Object> result =
          kiln.execute(
                  KilnRequest.of(
                      "{ posts { items { title } total hasMore } authors { items { name } total hasMore } first { node { title } } }"))
              .toSpecification();

      assertThat(result)
          .isEqualTo(
              Map.of(
                  "data",
                  Map.of(
                      "posts", Map.of("items", List.of(Map.of("title", "Hello")), "total", 2, "hasMore", true),
                      "authors", Map.of("items", List.of(Map.of("name", "Ada")), "total", 1, "hasMore", false),
                      "first", Map.of("node", Map.of("title", "x")))));
    }
  }
}
