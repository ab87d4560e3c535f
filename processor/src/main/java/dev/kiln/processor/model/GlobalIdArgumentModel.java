package dev.kiln.processor.model;

/**
 * An argument declared {@code @Id(node = …)}: it takes global IDs of {@code nodeType}, which the
 * runtime decodes to their keys before the field's method sees them.
 *
 * @param parentType the GraphQL type of the field: an object type or a root type
 */
public record GlobalIdArgumentModel(String parentType, String field, String argument, String nodeType) {}
