package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.LoaderModel;
import dev.kiln.processor.model.ParameterBinding;
import dev.kiln.processor.model.SchemaModel;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Warns about a loader that no {@code DataLoader} parameter receives and that is not public: it is
 * created for every request and never used, which usually means a parameter names it wrongly. A
 * public loader may serve the compilations that depend on this one.
 */
final class UnusedLoadersRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    Set<String> used = new HashSet<>();
    for (ParameterBinding.Loader reference : LoaderReferencesRule.references(model)) {
      used.add(reference.name());
    }
    model.nodeTypes().forEach(nodeType -> used.add(nodeType.loader()));
    for (LoaderModel loader : model.loaders()) {
      if (!used.contains(loader.name()) && !loader.source().getModifiers().contains(Modifier.PUBLIC)) {
        diagnostics.warning(loader.source(), Message.UNUSED_LOADER, loader.name());
      }
    }
  }
}
