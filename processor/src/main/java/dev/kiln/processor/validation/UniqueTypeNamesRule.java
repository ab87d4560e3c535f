package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.BuiltInScalar;
import dev.kiln.processor.model.ExtendedScalar;
import dev.kiln.processor.model.EnumTypeModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Every type has a unique name (spec §3.3: "All types within a GraphQL schema must have unique
 * names"), which is neither a built-in scalar's nor a root type's, nor that of a type another
 * module on the class path defines.
 */
final class UniqueTypeNamesRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    Map<String, TypeElement> seen = new LinkedHashMap<>();
    Map<String, String> upstream = new LinkedHashMap<>();
    model.upstream().forEach(module -> module.graphQLTypes().forEach(name -> upstream.putIfAbsent(name, module.module())));
    for (ObjectTypeModel type : model.objectTypes()) {
      check(type.name(), type.source(), seen, upstream, diagnostics);
    }
    for (EnumTypeModel type : model.enumTypes()) {
      check(type.name(), type.source(), seen, upstream, diagnostics);
    }
    model.interfaceTypes().forEach(type -> check(type.name(), type.source(), seen, upstream, diagnostics));
    model.unionTypes().forEach(type -> check(type.name(), type.source(), seen, upstream, diagnostics));
    model.inputTypes().forEach(type -> check(type.name(), type.source(), seen, upstream, diagnostics));
    for (var scalar : model.customScalars()) {
      if (ExtendedScalar.named(scalar.name()).isPresent()) {
        diagnostics.error(scalar.source(), Message.RESERVED_TYPE_NAME, scalar.name(), "a scalar Kiln defines");
        continue;
      }
      check(scalar.name(), scalar.source(), seen, upstream, diagnostics);
    }
  }

  private static void check(
      String name, TypeElement source, Map<String, TypeElement> seen, Map<String, String> upstream, Diagnostics diagnostics) {
    if (upstream.containsKey(name)) {
      diagnostics.error(source, Message.DUPLICATE_TYPE, name, "module " + upstream.get(name), source.getQualifiedName());
      return;
    }
    if (BuiltInScalar.named(name).isPresent()) {
      diagnostics.error(source, Message.RESERVED_TYPE_NAME, name, "a built-in scalar");
      return;
    }
    if (name.equals("Query") || name.equals("Mutation") || name.equals("Subscription")) {
      diagnostics.error(source, Message.RESERVED_TYPE_NAME, name, "the root type Kiln builds from @Query, @Mutation and @Subscription methods");
      return;
    }
    TypeElement previous = seen.putIfAbsent(name, source);
    if (previous != null) {
      diagnostics.error(source, Message.DUPLICATE_TYPE, name, previous.getQualifiedName(), source.getQualifiedName());
    }
  }
}
