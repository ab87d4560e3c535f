package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class, record, interface or enum as a GraphQL type.
 *
 * <ul>
 *   <li>A <b>record</b> exposes every component as a field, except those marked {@link Ignore}.
 *   <li>A <b>class</b> exposes only the methods and fields marked {@link Field}, so nothing leaks by
 *       accident.
 *   <li>An <b>interface</b> becomes a GraphQL interface with its {@link Field} methods. The
 *       {@code @GraphQLType} classes and records that implement it implement it in GraphQL too,
 *       and inherit its fields; the generated type resolver tells them apart with {@code
 *       instanceof}.
 *   <li>An <b>enum</b> becomes a GraphQL enum with one value per constant. Enums are mapped even
 *       without this annotation; it is there to rename them.
 * </ul>
 *
 * <p>The type's Javadoc becomes its GraphQL description.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GraphQLType {
  /** The GraphQL type name; defaults to the simple name of the Java type. */
  String name() default "";
}
