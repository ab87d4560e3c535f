package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A GraphQL object type read from a class or record annotated {@code @GraphQLType}.
 *
 * @param interfaces the GraphQL interfaces it implements, by name
 */
public record ObjectTypeModel(
    String name,
    @Nullable String description,
    ClassName javaType,
    List<FieldModel> fields,
    List<String> interfaces,
    TypeElement source) {}
