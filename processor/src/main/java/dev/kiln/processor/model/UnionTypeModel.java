package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A GraphQL union read from a sealed interface annotated {@code @GraphQLUnion}.
 *
 * @param members its permitted subtypes, as object types, in the order the interface permits them
 */
public record UnionTypeModel(
    String name, @Nullable String description, ClassName javaType, List<ObjectTypeModel> members, TypeElement source) {}
