package dev.kiln.benchmarks.batching;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/** A track of a playlist. */
@GraphQLType
public record Track(@Id int id, String title) {}
