package dev.kiln.processor;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * The processor's {@code -Akiln.*} options, checked once: a bad value is an error that says which
 * values are allowed.
 *
 * @param schemaFile {@code -Akiln.schema.file}: where to write a copy of {@code schema.graphql}
 * @param module {@code -Akiln.module}: the qualified name of the generated module class
 * @param requireDescriptions {@code -Akiln.requireDescriptions}: whether every element of the
 *     schema must have a description
 * @param baseline {@code -Akiln.schema.baseline}: the committed SDL the schema must stay
 *     compatible with
 * @param breakingIsError {@code -Akiln.schema.breaking}: whether a breaking change against the
 *     baseline is an error ({@code error}, the default) or a warning ({@code warn})
 * @param contextType {@code -Akiln.contextType}: the qualified name of the request context's class;
 *     a parameter of that type receives the context without {@code @Context}
 * @param operationsDir {@code -Akiln.operations.dir}: the directory of the {@code .graphql}
 *     operations that clients use, checked against the schema and persisted
 * @param incrementalDelivery {@code -Akiln.incrementalDelivery}: whether {@code schema.graphql}
 *     declares {@code @defer}, for a runtime built with {@code Kiln.Builder.incrementalDelivery(true)}
 * @param timings {@code -Akiln.timings}: whether the processor reports, as a note, how long each
 *     of its stages took ({@code true}), or not ({@code false}, the default)
 */
record Options(
    @Nullable Path schemaFile,
    @Nullable String module,
    boolean requireDescriptions,
    @Nullable Path baseline,
    boolean breakingIsError,
    @Nullable String contextType,
    @Nullable Path operationsDir,
    boolean incrementalDelivery,
    boolean timings) {
  static final String SCHEMA_FILE = "kiln.schema.file";
  static final String MODULE = "kiln.module";
  static final String REQUIRE_DESCRIPTIONS = "kiln.requireDescriptions";
  static final String BASELINE = "kiln.schema.baseline";
  static final String BREAKING = "kiln.schema.breaking";
  static final String CONTEXT_TYPE = "kiln.contextType";
  static final String OPERATIONS_DIR = "kiln.operations.dir";
  static final String INCREMENTAL_DELIVERY = "kiln.incrementalDelivery";
  static final String TIMINGS = "kiln.timings";
  static final Set<String> ALL =
      Set.of(SCHEMA_FILE, MODULE, REQUIRE_DESCRIPTIONS, BASELINE, BREAKING, CONTEXT_TYPE, OPERATIONS_DIR, INCREMENTAL_DELIVERY, TIMINGS);

  private static final Pattern QUALIFIED_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

  static Options parse(Map<String, String> options, Diagnostics diagnostics) {
    for (String key : new TreeSet<>(options.keySet())) {
      if (key.startsWith("kiln.") && !ALL.contains(key)) {
        diagnostics.error(Message.INVALID_OPTION, key, options.get(key), "Kiln has no such option. Its options are " + String.join(", ", new TreeSet<>(ALL)) + ".");
      }
    }
    Path schemaFile = path(options, SCHEMA_FILE, "expected a file path, such as target/schema.graphql.", diagnostics);
    String module = options.get(MODULE);
    if (module != null && (!QUALIFIED_NAME.matcher(module).matches() || !SourceVersion.isName(module) || !module.contains("."))) {
      diagnostics.error(Message.INVALID_OPTION, MODULE, module, "expected the qualified name of a class in a named package, such as com.example.api.ApiModule.");
      module = null;
    }
    boolean requireDescriptions = choice(options, REQUIRE_DESCRIPTIONS, "true", "false", diagnostics);
    Path baseline = path(options, BASELINE, "expected the path of a committed schema, such as src/main/graphql/baseline.graphql.", diagnostics);
    if (baseline != null && !Files.isReadable(baseline)) {
      diagnostics.error(Message.INVALID_OPTION, BASELINE, options.get(BASELINE), "no readable file is there (relative paths start from the compiler's working directory).");
      baseline = null;
    }
    boolean breakingIsError = options.get(BREAKING) == null || choice(options, BREAKING, "error", "warn", diagnostics);
    String contextType = options.get(CONTEXT_TYPE);
    if (contextType != null && !QUALIFIED_NAME.matcher(contextType).matches()) {
      diagnostics.error(Message.INVALID_OPTION, CONTEXT_TYPE, contextType, "expected the qualified name of the context's class, such as com.example.auth.Viewer.");
      contextType = null;
    }
    Path operationsDir = path(options, OPERATIONS_DIR, "expected a directory, such as ${project.basedir}/src/main/graphql.", diagnostics);
    if (operationsDir != null && !(Files.isDirectory(operationsDir) && Files.isReadable(operationsDir))) {
      diagnostics.error(Message.INVALID_OPTION, OPERATIONS_DIR, options.get(OPERATIONS_DIR), "no readable directory is there (relative paths start from the compiler's working directory, so give ${project.basedir}/src/main/graphql under Maven).");
      operationsDir = null;
    }
    boolean incrementalDelivery = choice(options, INCREMENTAL_DELIVERY, "true", "false", diagnostics);
    boolean timings = choice(options, TIMINGS, "true", "false", diagnostics);
    return new Options(schemaFile, module, requireDescriptions, baseline, breakingIsError, contextType, operationsDir, incrementalDelivery, timings);
  }

  private static @Nullable Path path(Map<String, String> options, String key, String expected, Diagnostics diagnostics) {
    String value = options.get(key);
    if (value == null) {
      return null;
    }
    Path path;
    try {
      path = value.isBlank() ? null : Path.of(value);
    } catch (InvalidPathException e) {
      path = null;
    }
    if (path == null) {
      diagnostics.error(Message.INVALID_OPTION, key, value, expected);
    }
    return path;
  }

  /** Whether the option is {@code yes}; absent means {@code no}; any other value is an error. */
  private static boolean choice(Map<String, String> options, String key, String yes, String no, Diagnostics diagnostics) {
    String value = options.get(key);
    if (value == null || value.equals(no)) {
      return false;
    }
    if (value.equals(yes)) {
      return true;
    }
    diagnostics.error(Message.INVALID_OPTION, key, value, "expected " + yes + " or " + no + ".");
    return false;
  }
}
