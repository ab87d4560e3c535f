package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.GlobalIdArgumentModel;
import dev.kiln.processor.model.NodeTypeModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of the generated module that register the {@code @Node} types and the {@code
 * @Id(node = …)} arguments with the runtime, which serves the {@code Node} interface, {@code node}
 * and {@code nodes}, and encodes and decodes the IDs.
 */
final class NodeWiring {
  private static final ClassName NODE_KEY = ClassName.get("dev.kiln.runtime.spi", "NodeKey");
  private static final ClassName FIELD_COORDINATES = ClassName.get("graphql.schema", "FieldCoordinates");

  private NodeWiring() {}

  static List<CodeBlock> statements(SchemaModel model) {
    List<CodeBlock> statements = new ArrayList<>();
    for (NodeTypeModel nodeType : model.nodeTypes()) {
      statements.add(
          CodeBlock.of(
              "contribution.nodeType($S, $T.class, $T.$L, $S)", nodeType.name(), nodeType.javaType(), NODE_KEY, nodeType.key().name(), nodeType.loader()));
    }
    for (GlobalIdArgumentModel argument : model.globalIdArguments()) {
      statements.add(
          CodeBlock.of(
              "contribution.globalIdArgument($T.coordinates($S, $S), $S, $S)",
              FIELD_COORDINATES,
              argument.parentType(),
              argument.field(),
              argument.argument(),
              argument.nodeType()));
    }
    return statements;
  }
}
