package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.FieldCostModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the module's registrations of field costs, one {@code contribution.fieldCost(…)} per
 * field whose cost differs from the runtime's default, in the order of the model.
 */
final class FieldCostsWriter {
  private static final ClassName FIELD_COST = ClassName.get(ReferencedTypes.RUNTIME_SPI, "FieldCost");

  private FieldCostsWriter() {}

  static List<CodeBlock> statements(List<FieldCostModel> costs) {
    List<CodeBlock> statements = new ArrayList<>();
    for (FieldCostModel cost : costs) {
      CodeBlock.Builder value = CodeBlock.builder().add("$T.newFieldCost().weight($L)", FIELD_COST, cost.weight());
      if (cost.assumedSize() != null) {
        value.add(".assumedListSize($L)", cost.assumedSize());
      }
      if (!cost.slicingArguments().isEmpty()) {
        CodeBlock names = cost.slicingArguments().stream().map(name -> CodeBlock.of("$S", name)).collect(CodeBlock.joining(", "));
        value.add(".slicingArguments($T.of($L))", List.class, names);
      }
      statements.add(
          CodeBlock.of(
              "contribution.fieldCost($T.coordinates($S, $S), $L.build())",
              ReferencedTypes.FIELD_COORDINATES,
              cost.parentType(),
              cost.field(),
              value.build()));
    }
    return statements;
  }
}
