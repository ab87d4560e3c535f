package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a sealed interface a GraphQL union of its permitted subtypes, each of which must be a
 * {@link GraphQLType} class or record.
 *
 * <pre>{@code
 * @GraphQLUnion
 * public sealed interface SearchResult permits Book, Author {}
 * }</pre>
 *
 * <p>The interface's Javadoc becomes the union's description. The generated type resolver picks the
 * member with {@code instanceof}, without reflection.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GraphQLUnion {
  /** The GraphQL union name; defaults to the simple name of the interface. */
  String name() default "";
}
