package dev.kiln.benchmarks.batching;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/** An owner of pets. */
@GraphQLType
public record Owner(@Id int id, String name) {}
