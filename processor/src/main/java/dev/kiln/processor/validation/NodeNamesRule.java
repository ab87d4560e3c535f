package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.runtime.internal.NodeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * When the schema has {@code @Node} types, the names that Relay's Global Object Identification
 * takes are free: no type of the user's is called {@code Node}, and no {@code Query} field {@code
 * node} or {@code nodes} (spec §3.3: every type name and every field name of a type is unique).
 */
final class NodeNamesRule implements SchemaRule {
  private static final Set<String> ROOT_FIELDS = Set.of(NodeDefinition.NODE_FIELD, NodeDefinition.NODES_FIELD);

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    if (model.nodeTypes().isEmpty()) {
      return;
    }
    List<Element> nodeNamed = new ArrayList<>();
    model.objectTypes().stream().filter(t -> t.name().equals(NodeDefinition.INTERFACE)).forEach(t -> nodeNamed.add(t.source()));
    model.interfaceTypes().stream().filter(t -> t.name().equals(NodeDefinition.INTERFACE)).forEach(t -> nodeNamed.add(t.source()));
    model.unionTypes().stream().filter(t -> t.name().equals(NodeDefinition.INTERFACE)).forEach(t -> nodeNamed.add(t.source()));
    model.enumTypes().stream().filter(t -> t.name().equals(NodeDefinition.INTERFACE)).forEach(t -> nodeNamed.add(t.source()));
    model.inputTypes().stream().filter(t -> t.name().equals(NodeDefinition.INTERFACE)).forEach(t -> nodeNamed.add(t.source()));
    model.customScalars().stream().filter(t -> t.name().equals(NodeDefinition.INTERFACE)).forEach(t -> nodeNamed.add(t.source()));
    nodeNamed.forEach(source -> diagnostics.error(source, Message.NODE_NAME_TAKEN, "Type", NodeDefinition.INTERFACE));
    for (FieldModel field : model.queryFields()) {
      if (ROOT_FIELDS.contains(field.name())) {
        diagnostics.error(field.source(), Message.NODE_NAME_TAKEN, "Field", "Query." + field.name());
      }
    }
  }
}
