package dev.kiln.integration.batching;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import org.jspecify.annotations.NonNull;

/**
 * A named list of tracks. Its tracks come from {@link PlaylistResolvers}.
 *
 * @param id the playlist's number
 * @param name the name its owner gave it
 */
@GraphQLType
public record Playlist(@Id int id, @NonNull String name) {}
