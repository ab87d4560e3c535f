package dev.kiln.benchmarks.shapes;

import dev.kiln.annotations.GraphQLType;
import java.util.List;

/** A product of the list-heavy shape: two lists of scalars. */
@GraphQLType
public record Product(String name, List<String> tags, List<Integer> scores) {}
