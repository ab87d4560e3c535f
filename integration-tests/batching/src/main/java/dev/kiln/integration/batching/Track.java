package dev.kiln.integration.batching;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import org.jspecify.annotations.NonNull;

/**
 * A piece of music on a playlist. Whether the viewer likes it comes from {@link PlaylistResolvers}.
 *
 * @param id the track's number
 * @param title the track's title
 */
@GraphQLType
public record Track(@Id int id, @NonNull String title) {}
