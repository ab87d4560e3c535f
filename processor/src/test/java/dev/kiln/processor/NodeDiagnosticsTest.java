package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes with {@code @Node} types and {@code @Id(node = …)} arguments are one compile error each,
 * with its catalog id, on the offending line.
 */
class NodeDiagnosticsTest {
  private static final String NODE = "@GraphQLType @Node(loader = \"booksById\")";
  private static final String ID = "@Field @Id public long id() { return 1; }";

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          | | @Node(loader = "booksById") public enum Shelf { A } | [Kiln/NodeNotObject] @Node on "Shelf", which is not an object type: Relay's Node interface is implemented by @GraphQLType classes and records. Annotate a @GraphQLType class or record, or remove @Node. | enum Shelf
          | @Field public long id() { return 1; } | | [Kiln/NodeIdCount] @Node type "Book" has no @Id member, but it needs exactly one: its key, which its global ID encodes. Mark the one key member with @Id. | @Node(loader
          | | @Field @Id public long isbn() { return 2; } | [Kiln/NodeIdCount] @Node type "Book" has 2 @Id members ("id", "isbn"), but it needs exactly one | @Node(loader
          | @Field @Id public List<Long> id() { return null; } | | [Kiln/NodeKeyType] @Id "id" of @Node type "Book" has type "java.util.List<java.lang.Long>", which cannot be a node's key. Use String, int, Integer, long, Long or UUID. | List<Long> id()
          | @Field @Id public long key() { return 1; } | | [Kiln/NodeIdField] @Id "key" of @Node type "Book" is the field "key: ID!", but the Node interface requires "id: ID!" (Relay's Global Object Identification). Name the field "id", e.g. with @Field(name = "id"), and make it non-null. | long key()
          | @Field @Id public Long id() { return 1L; } | | [Kiln/NodeIdField] @Id "id" of @Node type "Book" is the field "id: ID", but the Node interface requires "id: ID!" | Long id()
          @GraphQLType @Node(loader = "bookById") | | | [Kiln/NodeUnknownLoader] No @BatchLoader named "bookById" for @Node type "Book" — did you mean "booksById"? | @Node(loader
          @GraphQLType @Node(loader = "shelves") | | | [Kiln/NodeUnknownLoader] No @BatchLoader named "shelves" for @Node type "Book". Declare a method @BatchLoader(name = "shelves") that loads it by key, or name an existing loader. | @Node(loader
          @GraphQLType @Node(loader = "byIntId") | | @BatchLoader public static Map<Integer, Book> byIntId(Set<Integer> ids) { return null; } | [Kiln/NodeLoaderTypes] @Node type "Book" loads with "byIntId", which loads DataLoader<java.lang.Integer, test.Book>, but node(id:) needs DataLoader<java.lang.Long, test.Book>: keys of the @Id's type, values of the node type. Name a loader of those types. | @Node(loader
          @GraphQLType @Node(loader = "titles") | | @BatchLoader public static Map<Long, String> titles(Set<Long> ids) { return null; } | [Kiln/NodeLoaderTypes] @Node type "Book" loads with "titles", which loads DataLoader<java.lang.Long, java.lang.String>, but node(id:) needs DataLoader<java.lang.Long, test.Book> | @Node(loader
          | | @Query public static Book byId(@Id(node = String.class) long id) { return null; } | [Kiln/IdNodeNotANode] @Id(node = String.class) on "id": "String" is not a @Node type, so it has no global IDs. Name a class annotated @Node, or remove node = …. | @Id(node = String.class)
          | | @Query public static Book byId(@Id(node = Book.class) int id) { return null; } | [Kiln/IdNodeKeyMismatch] Parameter "id" has type "int", but @Id(node = Book.class) decodes IDs to keys of type "long" or "Long". Declare the parameter with that type, or a list of it. | @Id(node = Book.class) int id
          | | @Query public static List<Book> byIds(@Id(node = Book.class) List<String> ids) { return null; } | [Kiln/IdNodeKeyMismatch] Parameter "ids" has type "java.util.List<java.lang.String>", but @Id(node = Book.class) decodes IDs to keys of type "long" or "Long". | List<String> ids
          | | @GraphQLType public record Ref(@Id(node = Book.class) long book) {} | [Kiln/IdNodeNotArgument] @Id(node = Book.class) on "book", which is not an argument of a field: only arguments take global IDs. The @Id member of a @Node type serves them without node = …; remove node = … here. | record Ref
          | | @GraphQLType public static class Shelf { @Field @Id(node = Book.class) public long other() { return 1; } } | [Kiln/IdNodeNotArgument] @Id(node = Book.class) on "other", which is not an argument of a field | long other()
          | | @GraphQLType public static class Node { @Field public int x; } | [Kiln/NodeNameTaken] Type "Node" clashes with Relay's Global Object Identification, which the @Node types add to the schema: the interface "Node" and the root fields "node" and "nodes". Rename it, e.g. with name = "…". | class Node
          | | @Query public static Book nodes() { return null; } | [Kiln/NodeNameTaken] Field "Query.nodes" clashes with Relay's Global Object Identification | Book nodes()
          """)
  void reportsMistakeOnItsLine(String typeAnnotations, String idMember, String extra, String message, String line) {
    JavaFileObject subject = book(typeAnnotations == null ? NODE : typeAnnotations, idMember == null ? ID : idMember, extra == null ? "" : extra);
    Compilation compilation = Compilations.compile(subject);

    assertThat(compilation).hadErrorContaining(message).inFile(subject).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNodeWithAUuidKeyAndAListArgumentOfItsIdsCompiles() {
    JavaFileObject subject =
        Compilations.source(
            "test.Item",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import java.util.*;",
            "import org.jspecify.annotations.NullMarked;",
            "@NullMarked @GraphQLType @Node(loader = \"itemsById\")",
            "public record Item(@Id UUID id, String name) {",
            "  @BatchLoader public static Map<UUID, Item> itemsById(Set<UUID> ids) { return Map.of(); }",
            "  @Query public static List<Item> items(@Id(node = Item.class) List<UUID> ids) { return List.of(); }",
            "}");
    Compilation compilation = Compilations.compile(subject);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation))
        .isEqualTo(
            """
            type Query {
              items(ids: [ID!]!): [Item!]!
              "Fetches an object given its ID"
              node(
                "The ID of an object"
                id: ID!
              ): Node
              "Fetches objects given their IDs"
              nodes(
                "The IDs of objects"
                ids: [ID!]!
              ): [Node]!
            }

            type Item implements Node {
              id: ID!
              name: String!
            }

            "An object with an ID"
            interface Node {
              "The id of the object."
              id: ID!
            }
            """);
  }

  private static JavaFileObject book(String typeAnnotations, String idMember, String extra) {
    return Compilations.source(
        "test.Book",
        "package test;",
        "import dev.kiln.annotations.*;",
        "import java.util.*;",
        typeAnnotations,
        "public class Book {",
        "  " + idMember,
        "  @BatchLoader public static Map<Long, Book> booksById(Set<Long> ids) { return null; }",
        "  @Query public static Book book() { return null; }",
        "  " + extra,
        "}");
  }
}
