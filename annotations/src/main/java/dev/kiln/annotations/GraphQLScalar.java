package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a graphql-java {@code Coercing<T, ?>} implementation a custom scalar: every field and
 * argument of Java type {@code T} then has this scalar's type.
 *
 * <pre>{@code
 * @GraphQLScalar(name = "Isbn")
 * public final class IsbnCoercing implements Coercing<Isbn, String> { ... }
 * }</pre>
 *
 * <p>The class needs a public no-argument constructor; the generated module makes one instance.
 * Its Javadoc becomes the scalar's description.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GraphQLScalar {
  /** The scalar's name; defaults to the simple name of {@code T}. */
  String name() default "";

  /** The URL of the scalar's specification, for {@code @specifiedBy}; none by default. */
  String specifiedBy() default "";
}
