package dev.kiln.processor.writing;

import dev.kiln.processor.model.SchemaModel;
import dev.kiln.runtime.internal.NodeDefinition;
import java.util.List;

/**
 * Relay's Global Object Identification in SDL, as the runtime builds it when there are {@code @Node}
 * types: the {@code Node} interface, and the root fields {@code node} and {@code nodes} after the
 * schema's own {@code Query} fields, printed from the runtime's {@link NodeDefinition}.
 */
final class NodeSdl {
  static final String INTERFACE =
      "\"" + NodeDefinition.INTERFACE_DESCRIPTION + "\"\n"
          + "interface " + NodeDefinition.INTERFACE + " {\n"
          + "  \"" + NodeDefinition.ID_DESCRIPTION + "\"\n"
          + "  " + NodeDefinition.ID_FIELD + ": ID!\n"
          + "}\n";

  /** The lines of the root fields, as {@link SdlWriter} prints fields. */
  static final List<String> ROOT_FIELD_LINES =
      List.of(
          "  \"" + NodeDefinition.NODE_DESCRIPTION + "\"",
          "  " + NodeDefinition.NODE_FIELD + "(",
          "    \"" + NodeDefinition.NODE_ARGUMENT_DESCRIPTION + "\"",
          "    " + NodeDefinition.NODE_ARGUMENT + ": ID!",
          "  ): " + NodeDefinition.INTERFACE,
          "  \"" + NodeDefinition.NODES_DESCRIPTION + "\"",
          "  " + NodeDefinition.NODES_FIELD + "(",
          "    \"" + NodeDefinition.NODES_ARGUMENT_DESCRIPTION + "\"",
          "    " + NodeDefinition.NODES_ARGUMENT + ": [ID!]!",
          "  ): [" + NodeDefinition.INTERFACE + "]!");

  private NodeSdl() {}

  static boolean used(SchemaModel model) {
    return !model.nodeTypes().isEmpty();
  }

  /** The root fields' text, to end {@code type Query}. */
  static String rootFields() {
    return String.join("\n", ROOT_FIELD_LINES) + "\n";
  }

  /**
   * {@code fields} of a merged {@code Query} without the node fields that some modules printed, and
   * with them once at the end if any did, as the runtime adds them.
   */
  static List<String> withRootFieldsLast(List<String> fields) {
    List<String> own = new java.util.ArrayList<>();
    boolean found = false;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.subList(i, fields.size()).size() >= ROOT_FIELD_LINES.size()
          && fields.subList(i, i + ROOT_FIELD_LINES.size()).equals(ROOT_FIELD_LINES)) {
        found = true;
        i += ROOT_FIELD_LINES.size() - 1;
        continue;
      }
      own.add(fields.get(i));
    }
    if (found) {
      own.addAll(ROOT_FIELD_LINES);
    }
    return own;
  }
}
