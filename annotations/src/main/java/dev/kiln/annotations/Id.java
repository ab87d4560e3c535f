package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a field, record component or argument the GraphQL type {@code ID}.
 *
 * <p>Allowed on {@code String}, {@code int}, {@code Integer}, {@code long} and {@code Long}, and on
 * lists of them. An {@code ID} argument bound to a number is parsed from the client's string; a
 * value that is not a number is reported to the client as an error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Id {}
