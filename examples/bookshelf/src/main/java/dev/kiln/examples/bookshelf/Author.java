package dev.kiln.examples.bookshelf;

import dev.kiln.annotations.GraphQLType;
import org.jspecify.annotations.NonNull;

/**
 * Someone who writes books.
 *
 * @param name the name as printed on the cover
 * @param country where the author was born, if known
 */
@GraphQLType
public record Author(@NonNull String name, String country) {}
