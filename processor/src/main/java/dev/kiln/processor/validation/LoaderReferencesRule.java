package dev.kiln.processor.validation;

import dev.kiln.annotations.Loader;
import dev.kiln.processor.diagnostics.AnnotationMirrors;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.diagnostics.NearNames;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.Invocation;
import dev.kiln.processor.model.LoaderModel;
import dev.kiln.processor.model.ParameterBinding;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.model.UpstreamModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code DataLoader<K, V>} parameter, of a field method or of a batch loader, names a
 * {@code @BatchLoader} of this compilation or of a module on the class path, and declares the key and value types that loader has; what
 * would otherwise fail at run time with a {@code ClassCastException} fails the compile.
 */
final class LoaderReferencesRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    Map<String, UpstreamModule.Loader> loaders = new LinkedHashMap<>();
    model.loaders().forEach(l -> loaders.putIfAbsent(l.name(), new UpstreamModule.Loader(l.name(), l.keyType().toString(), l.valueType().toString())));
    model.upstream().forEach(module -> module.loaders().forEach(l -> loaders.putIfAbsent(l.name(), l)));
    for (ParameterBinding.Loader reference : references(model)) {
      UpstreamModule.Loader loader = loaders.get(reference.name());
      if (loader == null) {
        unknown(reference, loaders, diagnostics);
        continue;
      }
      if (!loader.keyType().equals(reference.keyType().toString()) || !loader.valueType().equals(reference.valueType().toString())) {
        diagnostics.error(
            reference.source(),
            Message.LOADER_TYPE_MISMATCH,
            reference.source().getSimpleName(),
            reference.keyType(),
            reference.valueType(),
            loader.name(),
            loader.keyType(),
            loader.valueType(),
            loader.keyType(),
            loader.valueType());
      }
    }
  }

  private static void unknown(ParameterBinding.Loader reference, Map<String, UpstreamModule.Loader> loaders, Diagnostics diagnostics) {
    diagnostics.error(
        reference.source(),
        reference.explicit() ? AnnotationMirrors.find(reference.source(), Loader.class) : null,
        Message.UNKNOWN_LOADER,
        reference.name(),
        reference.source().getSimpleName(),
        hint(reference, loaders));
  }

  /**
   * A loader of a near name, and the loaders of exactly the parameter's key and value types, which
   * a user who forgot a loader's name most likely meant; else how to declare or name one.
   */
  private static String hint(ParameterBinding.Loader reference, Map<String, UpstreamModule.Loader> loaders) {
    Optional<String> near = NearNames.nearest(reference.name(), loaders.keySet());
    List<String> sameTypes =
        loaders.values().stream()
            .filter(l -> loads(l, reference) && !near.equals(Optional.of(l.name())))
            .map(l -> "\"" + l.name() + "\"")
            .toList();
    String hint = near.map(n -> " — did you mean \"" + n + "\"?").orElse("");
    if (!sameTypes.isEmpty()) {
      String names = String.join(", ", sameTypes);
      hint +=
          (near.isPresent() ? " Or take " : ". Take ")
              + (sameTypes.size() == 1 ? "loader " + names : "one of the loaders " + names)
              + ", which loads exactly DataLoader<" + reference.keyType() + ", " + reference.valueType() + ">, with @Loader("
              + (sameTypes.size() == 1 ? names : "\"…\"") + ").";
    }
    if (!hint.isEmpty()) {
      return hint;
    }
    return reference.explicit()
        ? ". Declare a method @BatchLoader(name = \"" + reference.name() + "\"), or name an existing loader."
        : ". Declare a @BatchLoader method of that name, or name an existing loader with @Loader(\"…\").";
  }

  private static boolean loads(UpstreamModule.Loader loader, ParameterBinding.Loader reference) {
    return loader.keyType().equals(reference.keyType().toString()) && loader.valueType().equals(reference.valueType().toString());
  }

  /** Every loader parameter of the schema's field methods and batch loaders. */
  static List<ParameterBinding.Loader> references(SchemaModel model) {
    List<ParameterBinding> parameters = new ArrayList<>();
    for (List<FieldModel> fields : Fields.byType(model)) {
      for (FieldModel field : fields) {
        Invocation invocation = field.invocation();
        if (invocation instanceof Invocation.Batched batched) {
          parameters.addAll(batched.call().parameters());
        } else if (invocation instanceof Invocation.CallMethod call) {
          parameters.addAll(call.parameters());
        }
      }
    }
    model.loaders().forEach(loader -> parameters.addAll(loader.invocation().parameters()));
    List<ParameterBinding.Loader> references = new ArrayList<>();
    for (ParameterBinding parameter : parameters) {
      if (parameter instanceof ParameterBinding.Loader reference) {
        references.add(reference);
      }
    }
    return references;
  }
}
