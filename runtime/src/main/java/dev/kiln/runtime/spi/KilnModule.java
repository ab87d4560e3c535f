package dev.kiln.runtime.spi;

/**
 * The generated entry point of one compilation's schema, listed in {@code
 * META-INF/services/dev.kiln.runtime.spi.KilnModule} so that the runtime finds it with {@link
 * java.util.ServiceLoader} and no classpath scanning.
 */
public interface KilnModule {

  /** A stable name for this module: the generated class's qualified name. Modules load in name order. */
  String name();

  /** Adds this module's types, root fields and data fetchers to the schema being built. */
  void contribute(SchemaContribution contribution);
}
