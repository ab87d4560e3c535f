package dev.kiln.benchmarks.shapes;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/** A node of the deep shape's binary tree; the leaves have no children. */
@GraphQLType
public record Node(@Id String id, String label, int weight, Node left, Node right) {}
