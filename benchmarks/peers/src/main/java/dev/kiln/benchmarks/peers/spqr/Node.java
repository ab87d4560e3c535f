package dev.kiln.benchmarks.peers.spqr;

import io.leangen.graphql.annotations.GraphQLId;
import io.leangen.graphql.annotations.GraphQLQuery;

/** A node of the deep shape's binary tree; the leaves have no children. */
public final class Node {
  private final String id;
  private final String label;
  private final int weight;
  private final Node left;
  private final Node right;

  public Node(String id, String label, int weight, Node left, Node right) {
    this.id = id;
    this.label = label;
    this.weight = weight;
    this.left = left;
    this.right = right;
  }

  @GraphQLQuery(name = "id")
  public @GraphQLId String id() {
    return id;
  }

  @GraphQLQuery(name = "label")
  public String label() {
    return label;
  }

  @GraphQLQuery(name = "weight")
  public int weight() {
    return weight;
  }

  @GraphQLQuery(name = "left")
  public Node left() {
    return left;
  }

  @GraphQLQuery(name = "right")
  public Node right() {
    return right;
  }
}
