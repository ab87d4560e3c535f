package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.annotations.RoleHolder;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import dev.kiln.runtime.spi.PropertyRead;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fetcher that only reads a Java field or a record component is a {@code PropertyRead}, which
 * the request deadline leaves alone; every fetcher that calls a method, takes arguments or checks
 * authorization stays a plain {@code LightDataFetcher}, held to the deadline. Both kinds serve
 * their fields.
 */
class PropertyReadTest {

  @Test
  void onlyFieldAndRecordComponentReadsArePropertyReads(@TempDir Path classes) throws Exception {
    JavaFileObject shop =
        Compilations.source(
            "shop.Shop",
            "package shop;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.NullMarked;",
            "import org.jspecify.annotations.Nullable;",
            "@NullMarked",
            "public final class Shop {",
            "  private Shop() {}",
            "  /**",
            "   * A product.",
            "   *",
            "   * @param sku its stock-keeping unit",
            "   * @param cost what the shop paid",
            "   */",
            "  @GraphQLType public record Product(String sku, @Authorized(roles = \"buyer\", denied = Denied.NULL) @Nullable Integer cost) {",
            "    /** The product's label. */",
            "    @Field public String label() { return sku.toUpperCase(); }",
            "  }",
            "  /** An order. */",
            "  @GraphQLType public static final class Order {",
            "    /** The order's number. */",
            "    @Field public int number = 7;",
            "    /** Who placed it, which a lazy ORM property might load. */",
            "    @Field public String getCustomer() { return \"Ada\"; }",
            "    /**",
            "     * A line of the order.",
            "     *",
            "     * @param index which line",
            "     */",
            "    @Field public String line(int index) { return \"line \" + index; }",
            "  }",
            "  /** The latest product. */",
            "  @Query public static Product product() { return new Product(\"a\", 1); }",
            "  /** The latest order. */",
            "  @Query public static Order order() { return new Order(); }",
            "}");

    Compilation compilation = Compilations.compileWithOptions(java.util.List.of("-Xlint:all,-processing"), shop);

    assertThat(compilation).succeeded();
    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      Kiln kiln = Kiln.newKiln().classLoader(loader).build();
      GraphQLSchema schema = kiln.getSchema();

      assertThat(propertyReads(schema, "Product")).containsExactly("sku", true, "cost", false, "label", false).inOrder();
      assertThat(propertyReads(schema, "Order")).containsExactly("number", true, "customer", false, "line", false).inOrder();
      Map<String, Object> result =
          kiln.execute(
                  KilnRequest.newRequest()
                      .query("{ product { sku cost label } order { number customer line(index: 2) } }")
                      .context((RoleHolder) "buyer"::equals)
                      .build())
              .toSpecification();
      assertThat(result)
          .isEqualTo(
              Map.of(
                  "data",
                  Map.of(
                      "product", Map.of("sku", "a", "cost", 1, "label", "A"),
                      "order", Map.of("number", 7, "customer", "Ada", "line", "line 2"))));
    }
  }

  /** Whether each field of {@code type} is served by a {@code PropertyRead}, in field order. */
  private static Map<String, Boolean> propertyReads(GraphQLSchema schema, String type) {
    GraphQLObjectType object = schema.getObjectType(type);
    Map<String, Boolean> reads = new LinkedHashMap<>();
    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
      DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field.getName()), field);
      reads.put(field.getName(), fetcher instanceof PropertyRead);
    }
    return reads;
  }
}
