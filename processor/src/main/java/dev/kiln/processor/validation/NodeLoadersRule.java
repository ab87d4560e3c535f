package dev.kiln.processor.validation;

import dev.kiln.annotations.Node;
import dev.kiln.processor.diagnostics.AnnotationMirrors;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.diagnostics.NearNames;
import dev.kiln.processor.model.NodeTypeModel;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.model.UpstreamModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loader of every {@code @Node} type exists, in this compilation or a module on the class path,
 * and loads the type by its key: {@code node(id:)} calls it with the decoded key and resolves
 * {@code Node} to the type by its value (Relay's Global Object Identification; spec §3.7 for the
 * interface).
 */
final class NodeLoadersRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    Map<String, UpstreamModule.Loader> loaders = new LinkedHashMap<>();
    model.loaders().forEach(l -> loaders.putIfAbsent(l.name(), new UpstreamModule.Loader(l.name(), l.keyType().toString(), l.valueType().toString())));
    model.upstream().forEach(module -> module.loaders().forEach(l -> loaders.putIfAbsent(l.name(), l)));
    for (NodeTypeModel nodeType : model.nodeTypes()) {
      UpstreamModule.Loader loader = loaders.get(nodeType.loader());
      if (loader == null) {
        String hint =
            NearNames.nearest(nodeType.loader(), loaders.keySet())
                .map(near -> " — did you mean \"" + near + "\"?")
                .orElse(". Declare a method @BatchLoader(name = \"" + nodeType.loader() + "\") that loads it by key, or name an existing loader.");
        diagnostics.error(nodeType.source(), AnnotationMirrors.find(nodeType.source(), Node.class), Message.NODE_UNKNOWN_LOADER, nodeType.loader(), nodeType.name(), hint);
        continue;
      }
      String keyType = nodeType.key().boxed().toString();
      String valueType = nodeType.javaType().toString();
      if (!loader.keyType().equals(keyType) || !loader.valueType().equals(valueType)) {
        diagnostics.error(
            nodeType.source(),
            AnnotationMirrors.find(nodeType.source(), Node.class),
            Message.NODE_LOADER_TYPES,
            nodeType.name(),
            loader.name(),
            loader.keyType(),
            loader.valueType(),
            keyType,
            valueType);
      }
    }
  }
}
