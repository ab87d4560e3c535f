package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a method, field or record component of a {@link GraphQLType} as a GraphQL field.
 *
 * <p>A getter {@code getTitle()} or {@code isPublished()} becomes the field {@code title} or {@code
 * published}. The parameters of a method become the field's arguments, named as in the source.
 * The member's Javadoc becomes the field's description and each {@code @param} tag the argument's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Field {
  /** The GraphQL field name; defaults to the member name, with a getter's prefix removed. */
  String name() default "";
}
