package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.Conversion;
import dev.kiln.processor.model.ParameterBinding;
import java.util.List;

/** The expressions generated code passes for the parameters of a user's method. */
final class Parameters {
  private static final TypeName OBJECT = ClassName.get(Object.class);

  /** Where the call is made, which decides the names in scope. */
  enum CallSite {
    /**
     * A data fetcher's {@code get}: {@code source}, and {@code env}, the {@code
     * DataFetchingEnvironment}.
     */
    FETCHER,
    /**
     * A batch function: {@code keys} or {@code sources}, {@code arguments} (for a batched field),
     * {@code environment}, the {@code BatchLoaderEnvironment}, and {@code loaders}, the loaders the
     * call composes.
     */
    BATCH
  }

  private Parameters() {}

  /** The comma-separated expressions for {@code parameters}. */
  static CodeBlock list(List<ParameterBinding> parameters, CallSite site) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < parameters.size(); i++) {
      list.add(i == 0 ? "" : ", ").add(of(parameters.get(i), site));
    }
    return list.build();
  }

  static CodeBlock of(ParameterBinding binding, CallSite site) {
    boolean batch = site == CallSite.BATCH;
    if (binding instanceof ParameterBinding.Argument argument) {
      String name = argument.argument().name();
      CodeBlock value = batch ? CodeBlock.of("arguments.get($S)", name) : CodeBlock.of("env.getArguments().get($S)", name);
      return FetchersWriter.convert(argument.argument().conversion(), value, name, 0);
    }
    if (binding instanceof ParameterBinding.Context context) {
      CodeBlock value =
          batch
              ? CodeBlock.of("$T.context(environment)", ReferencedTypes.LOADER_SUPPORT)
              : CodeBlock.of("$T.context(env)", ReferencedTypes.FETCHER_SUPPORT);
      return context.type().equals(OBJECT) ? value : CodeBlock.of("($T) $L", context.type(), value);
    }
    if (binding instanceof ParameterBinding.Loader loader) {
      return batch
          ? CodeBlock.of("loaders.get($S)", loader.name())
          : CodeBlock.of("$T.loader(env, $S)", ReferencedTypes.LOADER_SUPPORT, loader.name());
    }
    if (binding instanceof ParameterBinding.Source source) {
      return batch ? CodeBlock.of("sources") : CodeBlock.of("($T) source", source.type());
    }
    if (binding instanceof ParameterBinding.Keys keys) {
      return keys.kind() == Conversion.CollectionKind.SET
          ? CodeBlock.of("$T.keySet(keys)", ReferencedTypes.LOADER_SUPPORT)
          : CodeBlock.of("keys");
    }
    if (binding instanceof ParameterBinding.SelectionSet) {
      return CodeBlock.of("env.getSelectionSet()");
    }
    return CodeBlock.of("env");
  }

  /** Whether a call needs a cast that the compiler cannot check. */
  static boolean uncheckedCast(List<ParameterBinding> parameters) {
    return parameters.stream()
        .anyMatch(
            p -> (p instanceof ParameterBinding.Context c && !c.type().equals(OBJECT))
                || (p instanceof ParameterBinding.Argument a && !(a.argument().conversion() instanceof Conversion.Cast)));
  }
}
