package dev.kiln.benchmarks.peers.gja;

import graphql.annotations.annotationTypes.GraphQLField;
import graphql.annotations.annotationTypes.GraphQLID;

/** A node of the deep shape's binary tree; the leaves have no children. */
public final class Node {
  @GraphQLField @GraphQLID public final String id;
  @GraphQLField public final String label;
  @GraphQLField public final int weight;
  @GraphQLField public final Node left;
  @GraphQLField public final Node right;

  public Node(String id, String label, int weight, Node left, Node right) {
    this.id = id;
    this.label = label;
    this.weight = weight;
    this.left = left;
    this.right = right;
  }
}
