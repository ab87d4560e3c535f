package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The SDL and generated module of a domain with {@code @Node} types and an {@code @Id(node = …)}
 * argument, compared with golden files in {@code src/test/resources/golden-nodes}. Run with {@code
 * -Dkiln.updateGoldens=true} to rewrite them after an intended change, and review the diff.
 */
class NodeGoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-nodes");

  private static JavaFileObject[] sources() {
    return new JavaFileObject[] {
      Compilations.source(
          "shop.Product",
          "package shop;",
          "import dev.kiln.annotations.*;",
          "import java.util.Map;",
          "import java.util.Set;",
          "import org.jspecify.annotations.NullMarked;",
          "/**",
          " * Something for sale.",
          " *",
          " * @param sku the stock-keeping unit",
          " * @param name what it is called",
          " */",
          "@NullMarked",
          "@GraphQLType",
          "@Node(loader = \"productsBySku\")",
          "public record Product(@Id @Field(name = \"id\") String sku, String name) {",
          "  @BatchLoader public static Map<String, Product> productsBySku(Set<String> skus) { return Map.of(); }",
          "}"),
      Compilations.source(
          "shop.Order",
          "package shop;",
          "import dev.kiln.annotations.*;",
          "import java.util.List;",
          "import java.util.Map;",
          "import java.util.Set;",
          "import org.jspecify.annotations.NullMarked;",
          "/** An order. */",
          "@NullMarked",
          "@GraphQLType",
          "@Node(loader = \"ordersById\")",
          "public final class Order {",
          "  /** The order's global ID. */",
          "  @Field @Id public long getId() { return 1; }",
          "  @BatchLoader public static Map<Long, Order> ordersById(Set<Long> ids) { return Map.of(); }",
          "  /**",
          "   * Orders one of each product.",
          "   *",
          "   * @param products the products' global IDs",
          "   */",
          "  @Mutation public static Order order(@Id(node = Product.class) List<String> products) { return new Order(); }",
          "  /** The latest order. */",
          "  @Query public static Order latestOrder() { return new Order(); }",
          "}"),
    };
  }

  @Test
  void generatedFilesMatchTheGoldenFiles() throws IOException {
    Compilations.assertMatchesGoldenFiles(GOLDEN, generate());
  }

  private static Map<String, String> generate() {
    Compilation compilation = Compilations.compile(sources());
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> files = new TreeMap<>();
    files.put("schema.graphql", Compilations.schema(compilation));
    files.put("KilnSchemaModule.java.txt", Compilations.content(compilation.generatedSourceFile("shop.KilnSchemaModule").orElseThrow()));
    return files;
  }
}
