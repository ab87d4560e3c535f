package dev.kiln.benchmarks.batching;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/** A pet, with friends among the other pets. */
@GraphQLType
public record Pet(@Id int id, String name) {}
