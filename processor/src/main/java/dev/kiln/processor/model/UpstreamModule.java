package dev.kiln.processor.model;

import java.util.List;
import java.util.Set;

/**
 * A module of another compilation on the class path, read from its {@code @ModuleIndex}: its types
 * and loaders can be used here, and its schema is part of this one's.
 *
 * @param module the qualified name of its generated module class
 * @param schema its SDL, with descriptions
 * @param javaTypes the Java types whose GraphQL types it defines
 * @param graphQLTypes the names of those GraphQL types
 * @param loaders its loaders
 */
public record UpstreamModule(
    String module, String schema, Set<String> javaTypes, Set<String> graphQLTypes, List<Loader> loaders) {

  /** A loader of the module, with its key and value types as Java type names. */
  public record Loader(String name, String keyType, String valueType) {}
}
