package dev.kiln.benchmarks.shapes;

import dev.kiln.annotations.GraphQLType;
import java.util.List;

/** A category of the list-heavy shape. */
@GraphQLType
public record Category(String name, List<Product> products) {}
