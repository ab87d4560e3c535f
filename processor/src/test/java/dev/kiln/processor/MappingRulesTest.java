package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mapping from Java members to GraphQL fields, one row per rule: the member as written in a
 * {@code @GraphQLType} class, and the field line Kiln prints in {@code schema.graphql}.
 */
class MappingRulesTest {

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Field public String name;                                         | name: String
          @Field public int count;                                           | count: Int!
          @Field public Integer count() { return 1; }                        | count: Int
          @Field public short small() { return 1; }                          | small: Int!
          @Field public Byte tiny() { return 1; }                            | tiny: Int
          @Field public double ratio() { return 1; }                         | ratio: Float!
          @Field public float ratio() { return 1; }                          | ratio: Float!
          @Field public Double ratio() { return 1.0; }                       | ratio: Float
          @Field public boolean isActive() { return true; }                  | active: Boolean!
          @Field public Boolean isActive() { return true; }                  | active: Boolean
          @Field public String isbn() { return null; }                       | isbn: String
          @Field public String isFoo() { return null; }                      | isFoo: String
          @Field public String getTitle() { return null; }                   | title: String
          @Field public String getURL() { return null; }                     | URL: String
          @Field public String get() { return null; }                        | get: String
          @Field(name = "renamed") public String getTitle() { return null; } | renamed: String
          @Field public Color color() { return null; }                       | color: Color
          @Field public List<String> tags() { return null; }                 | tags: [String]
          @Field public Set<@NonNull String> tags() { return null; }         | tags: [String!]
          @Field public @NonNull Collection<@NonNull Integer> c() { return null; } | c: [Int!]!
          @Field public Iterable<Color> colors() { return null; }            | colors: [Color]
          @Field public String[] names() { return null; }                    | names: [String]
          @Field public int[] numbers() { return null; }                     | numbers: [Int!]
          @Field public List<List<@NonNull String>> grid() { return null; }  | grid: [[String!]]
          @Field public Optional<String> nickname() { return null; }         | nickname: String
          @Field public long big() { return 1; }                             | big: Long!
          @Field public Long big() { return 1L; }                            | big: Long
          @Field public java.math.BigInteger big() { return null; }          | big: BigInteger
          @Field public java.math.BigDecimal price() { return null; }        | price: BigDecimal
          @Field public java.util.UUID key() { return null; }                | key: UUID
          @Field public java.time.LocalDate day() { return null; }           | day: Date
          @Field public java.time.OffsetDateTime at() { return null; }       | at: DateTime
          @Field public java.time.Instant at() { return null; }              | at: DateTime
          @Field public java.net.URI home() { return null; }                 | home: URL
          @Field public java.net.URL home() { return null; }                 | home: URL
          @Field public String f(long n, java.time.Instant at, java.net.URL u) { return null; } | f(n: Long!, at: DateTime, u: URL): String
          @Field public java.util.concurrent.CompletableFuture<@NonNull String> later() { return null; } | later: String!
          @Field public Optional<@NonNull String> nickname() { return null; }| nickname: String
          @Field public Optional<List<Integer>> scores() { return null; }    | scores: [Int]
          @Field public OptionalInt rank() { return null; }                  | rank: Int
          @Field public @NonNull String title() { return null; }             | title: String!
          @Field public @NotNull String title() { return null; }             | title: String!
          @Field public @Nullable String title() { return null; }            | title: String
          @Field @Id public int id() { return 1; }                           | id: ID!
          @Field @Id public String id() { return null; }                     | id: ID
          @Field @Id public @NonNull Long id() { return 1L; }                | id: ID!
          @Field @Id public List<@NonNull Integer> ids() { return null; }    | ids: [ID!]
          @Field public Other other() { return null; }                       | other: Other
          @Field public String greet(String name) { return null; }           | greet(name: String): String
          @Field public String greet(int times, @NonNull String name) { return null; } | greet(times: Int!, name: String!): String
          @Field public String greet(@DefaultValue("3") int times) { return null; } | greet(times: Int! = 3): String
          @Field public String greet(@DefaultValue("\\"hi\\"") String s) { return null; } | greet(s: String = "hi"): String
          @Field public String greet(@DefaultValue("RED") Color c) { return null; } | greet(c: Color = RED): String
          @Field public String greet(@DefaultValue("[1, 2]") List<Integer> l) { return null; } | greet(l: [Int] = [1, 2]): String
          @Field public String greet(@DefaultValue("1") List<Integer> l) { return null; } | greet(l: [Int] = 1): String
          @Field public String greet(@DefaultValue("null") String s) { return null; } | greet(s: String = null): String
          @Field public String greet(@DefaultValue("1") double d) { return null; } | greet(d: Float! = 1): String
          @Field public String greet(@DefaultValue("1.5e3") Double d) { return null; } | greet(d: Float = 1.5E+3): String
          @Field public String greet(@Id int id) { return null; }            | greet(id: ID!): String
          @Field public String greet(short s, byte b, float f) { return null; } | greet(s: Int!, b: Int!, f: Float!): String
          @Field public String greet(Set<Color> colors, int[] n, String[] s) { return null; } | greet(colors: [Color], n: [Int!], s: [String]): String
          @Field public String greet(Optional<String> s) { return null; }    | greet(s: String): String
          @Field public String greet(@Context Object viewer) { return null; } | greet: String
          @Field public String greet(DataFetchingEnvironment e, int n) { return null; } | greet(n: Int!): String
          """)
  void mapsMemberToField(String member, String field) {
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "test.Subject",
                "package test;",
                "import dev.kiln.annotations.*;",
                "import graphql.schema.DataFetchingEnvironment;",
                "import java.util.*;",
                "import org.jspecify.annotations.NonNull;",
                "import org.jspecify.annotations.Nullable;",
                "@GraphQLType",
                "public class Subject {",
                "  " + member,
                "  @Query public static Subject subject() { return null; }",
                "}"),
            Compilations.source("test.Color", "package test;", "public enum Color { RED, GREEN }"),
            Compilations.source(
                "test.Other",
                "package test;",
                "@dev.kiln.annotations.GraphQLType",
                "public record Other(int id) {}"),
            Compilations.source(
                "test.NotNull",
                "package test;",
                "import java.lang.annotation.*;",
                "@Target(ElementType.TYPE_USE) public @interface NotNull {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(typeBlock(Compilations.schema(compilation), "Subject")).contains("\n  " + field + "\n");
  }

  /** The text of {@code type name { … }} in the schema. */
  static String typeBlock(String schema, String name) {
    int start = schema.indexOf("type " + name + " {");
    assertThat(start).isAtLeast(0);
    return schema.substring(start, schema.indexOf("\n}", start) + 2);
  }
}
