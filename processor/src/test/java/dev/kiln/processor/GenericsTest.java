package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A generic {@code @GraphQLType} used with type arguments gives one concretely named type per use:
 * {@code Page<Post>} is {@code PostPage}, or as the annotation's name pattern says.
 */
class GenericsTest {

  @Test
  void eachUseOfAGenericTypeIsAConcretelyNamedType() {
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
            "  @Query public static Page<Post> posts() { return new Page<>(List.of(), 0); }",
            "  @Query public static Page<Author> authors() { return new Page<>(List.of(), 0); }",
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
    String fetchers = Compilations.content(compilation.generatedSourceFile("blog.Blog_Page_Fetchers").orElseThrow());
    assertThat(fetchers).contains("((Blog.Page<?>) source).items()");
  }
}
