package dev.kiln.examples.bookshelf;

import dev.kiln.annotations.GraphQLType;
import org.jspecify.annotations.NonNull;

/**
 * A book on the shelf.
 *
 * @param title the title as printed on the cover
 * @param author who wrote it
 * @param year the year it was first published
 * @param format how this copy is bound
 */
@GraphQLType
public record Book(@NonNull String title, @NonNull Author author, int year, @NonNull Format format) {}
