package dev.kiln.processor;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * The processor's {@code -Akiln.*} options, checked once: a bad value is an error that says which
 * values are allowed.
 *
 * @param schemaFile {@code -Akiln.schema.file}: where to write a copy of {@code schema.graphql}
 * @param module {@code -Akiln.module}: the qualified name of the generated module class
 */
record Options(@Nullable Path schemaFile, @Nullable String module) {
  static final String SCHEMA_FILE = "kiln.schema.file";
  static final String MODULE = "kiln.module";
  static final Set<String> ALL = Set.of(SCHEMA_FILE, MODULE);

  private static final Pattern QUALIFIED_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

  static Options parse(Map<String, String> options, Diagnostics diagnostics) {
    Path schemaFile = null;
    String schemaFileValue = options.get(SCHEMA_FILE);
    if (schemaFileValue != null) {
      try {
        schemaFile = schemaFileValue.isBlank() ? null : Path.of(schemaFileValue);
      } catch (InvalidPathException e) {
        schemaFile = null;
      }
      if (schemaFile == null) {
        diagnostics.error(Message.INVALID_OPTION, SCHEMA_FILE, schemaFileValue, "expected a file path, such as target/schema.graphql.");
      }
    }
    String module = options.get(MODULE);
    if (module != null && (!QUALIFIED_NAME.matcher(module).matches() || !SourceVersion.isName(module) || !module.contains("."))) {
      diagnostics.error(Message.INVALID_OPTION, MODULE, module, "expected the qualified name of a class in a named package, such as com.example.api.ApiModule.");
      module = null;
    }
    return new Options(schemaFile, module);
  }
}
