package dev.kiln.benchmarks;

import dev.kiln.runtime.spi.KilnModule;

/** The generated startup schemas of 10, 100 and 1,000 types, by their size. */
final class StartupSchemas {
  private StartupSchemas() {}

  static KilnModule module(int types) {
    return switch (types) {
      case 10 -> new dev.kiln.benchmarks.schemas.t10.KilnSchemaModule();
      case 100 -> new dev.kiln.benchmarks.schemas.t100.KilnSchemaModule();
      case 1000 -> new dev.kiln.benchmarks.schemas.t1000.KilnSchemaModule();
      default -> throw new IllegalArgumentException("No generated schema of " + types + " types; there are 10, 100 and 1000.");
    };
  }

  /** The instance serving the root fields. */
  static Object roots(int types) {
    return switch (types) {
      case 10 -> new dev.kiln.benchmarks.schemas.t10.Roots();
      case 100 -> new dev.kiln.benchmarks.schemas.t100.Roots();
      case 1000 -> new dev.kiln.benchmarks.schemas.t1000.Roots();
      default -> throw new IllegalArgumentException("No generated schema of " + types + " types; there are 10, 100 and 1000.");
    };
  }

  /** The SDL Kiln's processor wrote for the schema. */
  static String sdlResource(int types) {
    return "dev/kiln/benchmarks/schemas/t" + types + "/schema.graphql";
  }
}
