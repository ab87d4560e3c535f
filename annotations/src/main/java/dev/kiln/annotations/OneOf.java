package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an input record a {@code @oneOf} input type: a client sets exactly one of its fields. Every
 * component must be nullable and have no default.
 *
 * <pre>{@code
 * @OneOf
 * public record BookKey(@Nullable Integer id, @Nullable Isbn isbn) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface OneOf {}
