package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Akiln.incrementalDelivery=true} declares {@code @defer} in {@code schema.graphql}, for a
 * runtime built with {@code Kiln.Builder.incrementalDelivery(true)}, so that client tools reading
 * the file (Apollo's and Relay's compilers, graphql-js, which does not declare it) accept it.
 */
class IncrementalDeliveryOptionTest {
  private static final String ITEM_SCHEMA = "type Query {\n  item: Item\n}\n\ntype Item {\n  id: Int!\n}\n";
  private static final SchemaPrinter DEFER_ONLY =
      new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectiveDefinition("defer"::equals));

  @Test
  void theSchemaDeclaresDeferFirst(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("schema.graphql");

    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Akiln.incrementalDelivery=true", "-Akiln.schema.file=" + file), Compilations.itemWithQuery());

    assertThat(compilation).succeeded();
    assertThat(Compilations.schema(compilation))
        .isEqualTo(
            "\"This directive allows results to be deferred during execution\"\n"
                + "directive @defer(\n"
                + "  \"Deferred behaviour is controlled by this argument\"\n"
                + "  if: Boolean! = true\n"
                + "  \"A unique label that represents the fragment being deferred\"\n"
                + "  label: String\n"
                + ") on FRAGMENT_SPREAD | INLINE_FRAGMENT\n"
                + "\n"
                + ITEM_SCHEMA);
    assertThat(Files.readString(file)).isEqualTo(Compilations.schema(compilation));
  }

  @Test
  void theDeclaredDeferIsTheOneGraphqlJavaExecutes() {
    Compilation compilation = Compilations.compileWithOptions(List.of("-Akiln.incrementalDelivery=true"), Compilations.itemWithQuery());

    assertThat(compilation).succeeded();
    assertThat(DEFER_ONLY.print(schema(Compilations.schema(compilation)))).isEqualTo(DEFER_ONLY.print(schema(ITEM_SCHEMA)));
    assertThat(DEFER_ONLY.print(schema(ITEM_SCHEMA))).contains("directive @defer(");
  }

  @Test
  void withoutTheOptionTheSchemaDeclaresNoDirective() {
    Compilation compilation = Compilations.compileWithOptions(List.of("-Akiln.incrementalDelivery=false"), Compilations.itemWithQuery());

    assertThat(compilation).succeeded();
    assertThat(Compilations.schema(compilation)).isEqualTo(ITEM_SCHEMA);
  }

  @Test
  void aValueOtherThanTrueOrFalseIsAnError() {
    Compilation compilation = Compilations.compileWithOptions(List.of("-Akiln.incrementalDelivery=yes"), Compilations.itemWithQuery());

    assertThat(compilation).hadErrorContaining("[Kiln/InvalidOption] Option -Akiln.incrementalDelivery=yes is not valid: expected true or false.");
    assertThat(compilation).hadErrorCount(1);
  }

  private static GraphQLSchema schema(String sdl) {
    return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), RuntimeWiring.MOCKED_WIRING);
  }
}
