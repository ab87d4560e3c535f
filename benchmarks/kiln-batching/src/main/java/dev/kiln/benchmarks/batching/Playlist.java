package dev.kiln.benchmarks.batching;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/** A playlist; its tracks come from {@link BatchedFields} or {@link NaiveFields}. */
@GraphQLType
public record Playlist(@Id int id, String name) {}
