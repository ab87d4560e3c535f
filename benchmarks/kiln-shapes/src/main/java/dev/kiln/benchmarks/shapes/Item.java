package dev.kiln.benchmarks.shapes;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/** An item of the wide shape: ten scalar fields. */
@GraphQLType
public record Item(
    @Id String id,
    String name,
    String description,
    double price,
    int quantity,
    boolean available,
    String category,
    String sku,
    double rating,
    int views) {}
