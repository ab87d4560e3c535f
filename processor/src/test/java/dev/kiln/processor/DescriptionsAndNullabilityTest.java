package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Javadoc descriptions, deprecation, records, enums and JSpecify scopes, as printed in the SDL. */
class DescriptionsAndNullabilityTest {

  @Test
  void javadocBecomesDescriptionsAndDeprecationReasons() {
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "test.Book",
                "package test;",
                "import dev.kiln.annotations.*;",
                "/**",
                " * A book, with a {@code title}.",
                " *",
                " * <p>See {@link Shelf} and {@link Shelf#books the books}.",
                " */",
                "@GraphQLType",
                "public class Book {",
                "  /** The title. */",
                "  @Field public String title;",
                "  /**",
                "   * Similar books.",
                "   *",
                "   * @param first how many to return",
                "   * @param genre only this genre",
                "   * @return ignored, because there is a main text",
                "   */",
                "  @Field public String similar(int first, Genre genre) { return null; }",
                "  /** @return the title in upper case */",
                "  @Field public String shout() { return null; }",
                "  /**",
                "   * The old name.",
                "   *",
                "   * @deprecated use {@code title}",
                "   */",
                "  @Deprecated @Field public String name() { return null; }",
                "  @SuppressWarnings(\"kiln:DeprecatedWithoutReason\") @Deprecated @Field public String legacy() { return null; }",
                "  @Query public static Book book() { return null; }",
                "}"),
            Compilations.source(
                "test.Genre",
                "package test;",
                "/** A genre. */",
                "public enum Genre {",
                "  /** Made up. */ FICTION,",
                "  /** @deprecated merged into FICTION */ @Deprecated NOVEL",
                "}"),
            Compilations.source("test.Shelf", "package test;", "class Shelf { java.util.List<Book> books; }"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation))
        .isEqualTo(
            """
            type Query {
              book: Book
            }

            \"""
            A book, with a `title`.

            See `Shelf` and the books.
            \"""
            type Book {
              "The title."
              title: String
              "Similar books."
              similar(
                "how many to return"
                first: Int!
                "only this genre"
                genre: Genre
              ): String
              "the title in upper case"
              shout: String
              "The old name."
              name: String @deprecated(reason: "use `title`")
              legacy: String @deprecated(reason: "No longer supported")
            }

            "A genre."
            enum Genre {
              "Made up."
              FICTION
              NOVEL @deprecated(reason: "merged into FICTION")
            }
            """);
  }

  @Test
  void recordExposesEveryComponentButIgnoredOnesWithParamDescriptions() {
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "test.User",
                "package test;",
                "import dev.kiln.annotations.*;",
                "/**",
                " * A user.",
                " *",
                " * @param id the user's id",
                " * @param name the display name",
                " * @param passwordHash never shown",
                " */",
                "@GraphQLType(name = \"Person\")",
                "public record User(@Id int id, @Field(name = \"displayName\") String name, @Ignore String passwordHash) {",
                "  /** Initials. */",
                "  @Field public String initials() { return name.substring(0, 1); }",
                "  public String notExposed() { return \"\"; }",
                "  @Query public static User me() { return null; }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(MappingRulesTest.typeBlock(Compilations.schema(compilation), "Person"))
        .isEqualTo(
            """
            type Person {
              "the user's id"
              id: ID!
              "the display name"
              displayName: String
              "Initials."
              initials: String
            }""");
  }

  @Test
  void classExposesOnlyAnnotatedMembers() {
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "test.Account",
                "package test;",
                "import dev.kiln.annotations.*;",
                "@GraphQLType",
                "public class Account {",
                "  public String secret;",
                "  String internal() { return null; }",
                "  public String getPassword() { return null; }",
                "  @Field String owner;",
                "  @Field int balance() { return 0; }",
                "  @Query public static Account account() { return null; }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(MappingRulesTest.typeBlock(Compilations.schema(compilation), "Account"))
        .isEqualTo("type Account {\n  owner: String\n  balance: Int!\n}");
  }

  @Test
  void nullMarkedClassMakesUnannotatedReferencesNonNullAndNullableOptsOut() {
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "test.Post",
                "package test;",
                "import dev.kiln.annotations.*;",
                "import java.util.List;",
                "import java.util.Optional;",
                "import org.jspecify.annotations.NullMarked;",
                "import org.jspecify.annotations.Nullable;",
                "@NullMarked @GraphQLType",
                "public class Post {",
                "  @Field public String title() { return \"\"; }",
                "  @Field public @Nullable String subtitle() { return null; }",
                "  @Field public List<String> tags() { return List.of(); }",
                "  @Field public List<@Nullable String> slots() { return List.of(); }",
                "  @Field public Optional<String> summary() { return Optional.empty(); }",
                "  @Field public String search(String text, @Nullable String after) { return \"\"; }",
                "  @Query public static Post post() { return new Post(); }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(MappingRulesTest.typeBlock(Compilations.schema(compilation), "Post"))
        .isEqualTo(
            """
            type Post {
              title: String!
              subtitle: String
              tags: [String!]!
              slots: [String]!
              summary: String
              search(text: String!, after: String): String!
            }""");
    assertThat(MappingRulesTest.typeBlock(Compilations.schema(compilation), "Query")).contains("post: Post!");
  }

  @Test
  void nullMarkedPackageAppliesToItsClasses() {
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "test.package-info", "@org.jspecify.annotations.NullMarked", "package test;"),
            Compilations.source(
                "test.Tag",
                "package test;",
                "import dev.kiln.annotations.*;",
                "@GraphQLType",
                "public record Tag(String label, @org.jspecify.annotations.Nullable String color) {",
                "  @Query public static Tag tag() { return new Tag(\"a\", null); }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(MappingRulesTest.typeBlock(Compilations.schema(compilation), "Tag"))
        .isEqualTo("type Tag {\n  label: String!\n  color: String\n}");
  }
}
