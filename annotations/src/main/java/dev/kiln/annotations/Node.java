package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link GraphQLType} class or record a node of Relay's Global Object Identification: it
 * implements the interface {@code Node { id: ID! }}, and clients fetch it by its global ID with the
 * root fields {@code node(id: ID!): Node} and {@code nodes(ids: [ID!]!): [Node]!}.
 *
 * <pre>{@code
 * @GraphQLType
 * @Node(loader = "booksById")
 * public record Book(@Id long id, String title) {}
 *
 * @BatchLoader
 * static Map<Long, Book> booksById(Set<Long> ids) { ... }
 * }</pre>
 *
 * <p>The type has exactly one {@link Id} member, its key, named {@code id} in GraphQL and non-null,
 * of type {@code String}, {@code int}, {@code Integer}, {@code long}, {@code Long} or {@code
 * UUID}. Its value is served as an opaque global ID that encodes the type's name and the key; an
 * argument declared {@code @Id(node = Book.class) long bookId} receives the key back.
 *
 * <p>{@code node} and {@code nodes} load through the named {@link BatchLoader}, whose keys have the
 * {@code @Id} member's type and whose values are this type: the IDs of one type in a request are
 * one batch.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Node {
  /** The name of the {@link BatchLoader} that loads this type by key. */
  String loader();
}
