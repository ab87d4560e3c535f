package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default value of an argument, written as a GraphQL literal: {@code "10"}, {@code "\"title\""},
 * {@code "NEWEST"}, {@code "[1, 2]"} or {@code "null"}.
 *
 * <p>The literal is parsed and checked against the argument's type at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface DefaultValue {
  /** The GraphQL literal. */
  String value();
}
