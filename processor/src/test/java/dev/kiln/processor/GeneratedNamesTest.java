package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No GraphQL name becomes a Java identifier of the generated code: fields whose names differ only
 * in case, or whose type and field names concatenate to the same text, are legal GraphQL and
 * compile and serve.
 */
class GeneratedNamesTest {

  @Test
  void fieldsThatDifferOnlyInCaseAreServedApart(@TempDir Path classes) throws Exception {
    JavaFileObject item =
        Compilations.source(
            "test.Item",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public final class Item {",
            "  @Field public String title() { return \"lower\"; }",
            "  @Field(name = \"Title\") public String upperTitle() { return \"upper\"; }",
            "  @Query public static Item item() { return new Item(); }",
            "}");

    Compilation compilation = Compilations.compile(item);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation)).contains("type Item {\n  title: String\n  Title: String\n}\n");
    assertThat(execute(compilation, classes, "{ item { title Title } }"))
        .isEqualTo(Map.of("data", Map.of("item", Map.of("title", "lower", "Title", "upper"))));
  }

  @Test
  void fieldsOfTypesWhoseNamesConcatenateAlikeAreServedApart(@TempDir Path classes) throws Exception {
    JavaFileObject user =
        Compilations.source(
            "test.User",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public record User(String name) {",
            "  @Query public static User user() { return new User(\"Ada\"); }",
            "}");
    JavaFileObject userPosts =
        Compilations.source(
            "test.UserPosts", "package test;", "import dev.kiln.annotations.*;", "@GraphQLType public record UserPosts(int total) {}");
    JavaFileObject resolvers =
        Compilations.source(
            "test.Resolvers",
            "package test;",
            "import dev.kiln.annotations.*;",
            "public class Resolvers {",
            "  @Field public int postsCount(@Source User user) { return 3; }",
            "  @Field public int count(@Source UserPosts posts) { return posts.total() * 10; }",
            "  @Field public UserPosts posts(@Source User user) { return new UserPosts(4); }",
            "}");

    Compilation compilation = Compilations.compile(user, userPosts, resolvers);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(execute(compilation, classes, "{ user { postsCount posts { total count } } }"))
        .isEqualTo(Map.of("data", Map.of("user", Map.of("postsCount", 3, "posts", Map.of("total", 4, "count", 40)))));
  }

  private static Map<String, Object> execute(Compilation compilation, Path classes, String query) throws Exception {
    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      return Kiln.newKiln().classLoader(loader).build().execute(KilnRequest.of(query)).toSpecification();
    }
  }
}
