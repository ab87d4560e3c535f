package dev.kiln.integration.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import dev.kiln.runtime.spi.KilnModule;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Module B (the shop) is compiled against module A (the catalog) as a jar: B's schema includes A's
 * types with their descriptions, and at run time the two modules, found through ServiceLoader,
 * serve one schema in which B's fields use A's types and loader.
 */
class TwoModulesTest {
  private static final Path SCHEMA = Path.of("target/classes/META-INF/kiln/schema.graphql");

  @Test
  void theShopSchemaIncludesTheCatalogTypesWithTheirDescriptions() throws IOException {
    assertEquals(resource("/expected-schema.graphql"), Files.readString(SCHEMA));
  }

  @Test
  void serviceLoaderFindsBothModules() {
    List<String> modules = ServiceLoader.load(KilnModule.class).stream().map(p -> p.type().getName()).sorted().toList();

    assertEquals(
        List.of("dev.kiln.integration.catalog.KilnSchemaModule", "dev.kiln.integration.shop.KilnSchemaModule"), modules);
  }

  @Test
  void theRuntimeServesTheSchemaTheMergedSdlDescribes() throws IOException {
    SchemaPrinter printer = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeSchemaDefinition(true));
    GraphQLSchema fromSdl = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(SCHEMA)));

    assertEquals(printer.print(fromSdl), printer.print(Kiln.newKiln().build().getSchema()));
  }

  @Test
  void aQueryCrossesBothModules() throws IOException {
    Kiln kiln = Kiln.newKiln().loaderStatistics(true).build();
    var input = kiln.newExecutionInput(KilnRequest.of("{ orders { id copies book { title genre } author { name } } books { title } }"));

    var result = kiln.execute(input);

    ObjectMapper json = new ObjectMapper();
    assertEquals(
        json.readTree(
            """
            {"data": {
              "orders": [
                {"id": "1", "copies": 2, "book": {"title": "A Wizard of Earthsea", "genre": "FANTASY"}, "author": {"name": "Ursula K. Le Guin"}},
                {"id": "2", "copies": 1, "book": {"title": "Kindred", "genre": "SCIENCE_FICTION"}, "author": {"name": "Octavia E. Butler"}}
              ],
              "books": [{"title": "A Wizard of Earthsea"}, {"title": "Kindred"}]
            }}
            """),
        json.valueToTree(result.toSpecification()));
    assertEquals(1, input.getDataLoaderRegistry().getDataLoader("authorsById").getStatistics().getBatchInvokeCount());
  }

  @Test
  void aModuleOnTheClassPathTwiceIsAClearStartupError() {
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> Kiln.newKiln().modules(new dev.kiln.integration.catalog.KilnSchemaModule(), new dev.kiln.integration.catalog.KilnSchemaModule()).build());

    assertEquals(
        "Type \"Author\" is defined twice; the second definition comes from Kiln module dev.kiln.integration.catalog.KilnSchemaModule."
            + " Two modules on the class path define it, or one is on it twice.",
        error.getMessage());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TwoModulesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
