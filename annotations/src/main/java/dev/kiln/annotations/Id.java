package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a field, record component or argument the GraphQL type {@code ID}.
 *
 * <p>Allowed on {@code String}, {@code int}, {@code Integer}, {@code long}, {@code Long} and {@code
 * UUID}, and on
 * lists of them. An {@code ID} argument bound to a number is parsed from the client's string; a
 * value that is not a number is reported to the client as an error.
 *
 * <p>On an argument, {@link #node()} names a {@link Node} type: the argument then takes that type's
 * global ID, and the method receives the key it encodes. An ID that is malformed, tampered with or
 * of another type is reported to the client as an error, and the method is not called.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Id {
  /**
   * The {@link Node} type whose global IDs this argument takes, decoded to the key, whose Java type
   * the parameter must have; {@code void.class}, the default, for a plain {@code ID}.
   */
  Class<?> node() default void.class;
}
