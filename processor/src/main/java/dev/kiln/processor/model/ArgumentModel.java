package dev.kiln.processor.model;

import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * An argument of a GraphQL field, read from a method parameter.
 *
 * @param conversion turns graphql-java's coerced value into the parameter's Java type
 * @param defaultLiteral the {@code @DefaultValue}, as written, or {@code null}
 * @param defaultValue the parsed default value, or {@code null} if none or unparseable
 */
public record ArgumentModel(
    String name,
    @Nullable String description,
    TypeRef type,
    Conversion conversion,
    @Nullable String defaultLiteral,
    @Nullable Literal defaultValue,
    Element source) {}
