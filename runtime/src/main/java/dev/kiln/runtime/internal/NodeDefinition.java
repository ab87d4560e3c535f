package dev.kiln.runtime.internal;

/**
 * Relay's Global Object Identification as Kiln serves it, written down once: the {@code Node}
 * interface and the root fields {@code node} and {@code nodes}, with Relay's descriptions. The
 * runtime builds the schema's types from it and the processor prints {@code schema.graphql} from
 * it, so the two cannot drift apart.
 */
public final class NodeDefinition {
  /** {@code interface Node}. */
  public static final String INTERFACE = "Node";

  public static final String INTERFACE_DESCRIPTION = "An object with an ID";
  /** {@code Node.id: ID!}. */
  public static final String ID_FIELD = "id";

  public static final String ID_DESCRIPTION = "The id of the object.";
  /** {@code Query.node(id: ID!): Node}. */
  public static final String NODE_FIELD = "node";

  public static final String NODE_DESCRIPTION = "Fetches an object given its ID";
  public static final String NODE_ARGUMENT = "id";
  public static final String NODE_ARGUMENT_DESCRIPTION = "The ID of an object";
  /** {@code Query.nodes(ids: [ID!]!): [Node]!}. */
  public static final String NODES_FIELD = "nodes";

  public static final String NODES_DESCRIPTION = "Fetches objects given their IDs";
  public static final String NODES_ARGUMENT = "ids";
  public static final String NODES_ARGUMENT_DESCRIPTION = "The IDs of objects";

  private NodeDefinition() {}
}
