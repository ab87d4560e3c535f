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
    String hint =
        NearNames.nearest(reference.name(), loaders.keySet())
            .map(near -> " — did you mean \"" + near + "\"?")
            .orElse(
                reference.explicit()
                    ? ". Declare a method @BatchLoader(name = \"" + reference.name() + "\"), or name an existing loader."
                    : ". Declare a @BatchLoader method of that name, or name an existing loader with @Loader(\"…\").");
    diagnostics.error(
        reference.source(),
        reference.explicit() ? AnnotationMirrors.find(reference.source(), Loader.class) : null,
        Message.UNKNOWN_LOADER,
        reference.name(),
        reference.source().getSimpleName(),
        hint);
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
