package dev.kiln.opentelemetry.library;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/**
 * Someone who wrote a book.
 *
 * @param id the author's number
 * @param name the author's name
 */
@GraphQLType
public record Author(@Id int id, String name) {}
