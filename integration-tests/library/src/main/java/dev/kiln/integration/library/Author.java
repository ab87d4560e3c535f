package dev.kiln.integration.library;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import dev.kiln.annotations.Node;
import org.jspecify.annotations.NonNull;

/**
 * A person who wrote one or more books in the catalog.
 *
 * @param id the author's global ID, which encodes the catalog key, such as "le-guin"
 * @param name the name as printed on the cover
 * @param born the year the author was born
 * @param email where the library writes to the author; kept private
 */
@GraphQLType
@Node(loader = "authorsById")
public record Author(@Id @NonNull String id, @NonNull String name, int born, @Ignore String email)
    implements Named, SearchResult {}
