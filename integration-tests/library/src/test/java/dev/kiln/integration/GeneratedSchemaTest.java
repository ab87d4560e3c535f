package dev.kiln.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.spi.KilnModule;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedSchemaTest {
  private static final String SCHEMA_RESOURCE = "META-INF/kiln/schema.graphql";

  /** Descriptions, directives on fields and the schema definition: everything but the built-ins. */
  private static final SchemaPrinter PRINTER =
      new SchemaPrinter(
          SchemaPrinter.Options.defaultOptions()
              .includeSchemaDefinition(true)
              .includeDirectiveDefinition(SchemaPrinter.ExcludeGraphQLSpecifiedDirectivesPredicate));

  @Test
  void generatedSdlIsExactlyTheGoldenFile() throws Exception {
    Goldens.assertMatches("schema.graphql", generatedSdl());
  }

  @Test
  void runtimeSchemaIsTheSchemaTheSdlDescribes() {
    GraphQLSchema fromSdl =
        UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(generatedSdl()));
    GraphQLSchema runtime = Kiln.newKiln().build().getSchema();

    assertEquals(PRINTER.print(fromSdl), PRINTER.print(runtime));
  }

  /**
   * The printer leaves out built-in scalars, so it cannot see whether the runtime schema lacks one:
   * a variable of type {@code ID} fails validation if {@code ID} is not in the schema's type map.
   */
  @Test
  void runtimeSchemaHasEveryTypeTheSdlHasIncludingBuiltInScalars() {
    GraphQLSchema fromSdl =
        UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(generatedSdl()));
    GraphQLSchema runtime = Kiln.newKiln().build().getSchema();

    assertEquals(typeNames(fromSdl), typeNames(runtime));
  }

  @Test
  void serviceLoaderFindsExactlyOneGeneratedModule() {
    List<String> modules =
        ServiceLoader.load(KilnModule.class).stream().map(provider -> provider.type().getName()).toList();

    assertEquals(1, modules.size(), () -> "Kiln modules on the class path: " + modules);
  }

  private static Set<String> typeNames(GraphQLSchema schema) {
    return schema.getAllTypesAsList().stream()
        .map(GraphQLNamedType::getName)
        .filter(name -> !name.startsWith("__"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String generatedSdl() {
    String sdl = Json.resource(SCHEMA_RESOURCE);
    assertNotNull(sdl, "The processor wrote no " + SCHEMA_RESOURCE + " into target/classes");
    return sdl;
  }
}
