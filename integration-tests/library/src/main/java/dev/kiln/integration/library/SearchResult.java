package dev.kiln.integration.library;

import dev.kiln.annotations.GraphQLUnion;

/** What a search of the catalog finds: books by title and authors by name. */
@GraphQLUnion
public sealed interface SearchResult permits Book, Author {}
