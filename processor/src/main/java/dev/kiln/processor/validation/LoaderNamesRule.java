package dev.kiln.processor.validation;

import dev.kiln.annotations.BatchLoader;
import dev.kiln.processor.diagnostics.AnnotationMirrors;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.LoaderModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * Every loader has a unique name, shaped like a GraphQL name (spec §2.1.9), so that it can never
 * clash with the {@code Type.field} loaders of batched fields in a request's registry.
 */
final class LoaderNamesRule implements SchemaRule {
  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    Map<String, LoaderModel> seen = new LinkedHashMap<>();
    Map<String, String> upstream = new LinkedHashMap<>();
    model.upstream().forEach(module -> module.loaders().forEach(loader -> upstream.putIfAbsent(loader.name(), module.module())));
    for (LoaderModel loader : model.loaders()) {
      if (upstream.containsKey(loader.name())) {
        diagnostics.error(
            loader.source(), AnnotationMirrors.find(loader.source(), BatchLoader.class), Message.DUPLICATE_LOADER, loader.name(), "module " + upstream.get(loader.name()), method(loader));
        continue;
      }
      if (!NAME.matcher(loader.name()).matches()) {
        diagnostics.error(loader.source(), AnnotationMirrors.find(loader.source(), BatchLoader.class), Message.INVALID_NAME, loader.name());
        continue;
      }
      LoaderModel previous = seen.putIfAbsent(loader.name(), loader);
      if (previous != null) {
        diagnostics.error(loader.source(), AnnotationMirrors.find(loader.source(), BatchLoader.class), Message.DUPLICATE_LOADER, loader.name(), method(previous), method(loader));
      }
    }
  }

  private static String method(LoaderModel loader) {
    return ((TypeElement) loader.source().getEnclosingElement()).getQualifiedName() + "." + loader.source().getSimpleName();
  }
}
