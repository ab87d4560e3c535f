package dev.kiln.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Splits the module's {@code contribute} statements so that no generated method nears the JVM's
 * 64 KB of bytecode and no class its 65,535 constant-pool entries, however large the schema: at
 * most {@value #STATEMENTS_PER_METHOD} statements per method and, past {@value #METHODS_PER_CLASS}
 * such methods, {@value #METHODS_PER_CLASS} methods per nested class.
 */
final class ContributionParts {
  static final int STATEMENTS_PER_METHOD = 100;
  static final int METHODS_PER_CLASS = 10;

  private ContributionParts() {}

  static void addTo(TypeSpec.Builder module, MethodSpec.Builder contribute, List<CodeBlock> statements) {
    if (statements.size() <= STATEMENTS_PER_METHOD) {
      statements.forEach(contribute::addStatement);
      return;
    }
    List<MethodSpec> parts = new ArrayList<>();
    for (int first = 0; first < statements.size(); first += STATEMENTS_PER_METHOD) {
      MethodSpec.Builder part =
          MethodSpec.methodBuilder("contribute" + parts.size())
              .addModifiers(Modifier.STATIC)
              .addParameter(ReferencedTypes.SCHEMA_CONTRIBUTION, "contribution");
      statements.subList(first, Math.min(statements.size(), first + STATEMENTS_PER_METHOD)).forEach(part::addStatement);
      parts.add(part.build());
    }
    if (parts.size() <= METHODS_PER_CLASS) {
      for (MethodSpec part : parts) {
        module.addMethod(part.toBuilder().addModifiers(Modifier.PRIVATE).build());
        contribute.addStatement("$N(contribution)", part);
      }
      return;
    }
    for (int first = 0; first < parts.size(); first += METHODS_PER_CLASS) {
      String name = "Part" + (first / METHODS_PER_CLASS);
      TypeSpec.Builder nested = TypeSpec.classBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
      for (MethodSpec part : parts.subList(first, Math.min(parts.size(), first + METHODS_PER_CLASS))) {
        nested.addMethod(part);
        contribute.addStatement("$N.$N(contribution)", name, part);
      }
      module.addType(nested.build());
    }
  }
}
