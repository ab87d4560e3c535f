package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A scalar the user defines with {@code @GraphQLScalar} on a graphql-java {@code Coercing}.
 *
 * @param coercing the class that implements the scalar
 * @param javaType the Java type the scalar stands for: the coercing's first type argument
 * @param specifiedBy the URL of its specification, or {@code null}
 */
public record CustomScalarModel(
    String name, @Nullable String description, @Nullable String specifiedBy, ClassName coercing, ClassName javaType, TypeElement source) {}
