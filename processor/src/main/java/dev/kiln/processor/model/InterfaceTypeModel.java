package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A GraphQL interface read from a Java interface annotated {@code @GraphQLType}.
 *
 * @param interfaces the GraphQL interfaces it implements, by name
 * @param implementations the object types that implement it, most specific Java type first, which
 *     the generated type resolver tries in order
 */
public record InterfaceTypeModel(
    String name,
    @Nullable String description,
    ClassName javaType,
    List<FieldModel> fields,
    List<String> interfaces,
    List<ObjectTypeModel> implementations,
    TypeElement source) {}
