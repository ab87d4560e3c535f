package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated Java and SDL for a small domain, compared with golden files in {@code
 * src/test/resources/golden}. Run with {@code -Dkiln.updateGoldens=true} to rewrite them after an
 * intended change, and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static JavaFileObject[] sources() {
    return new JavaFileObject[] {
      Compilations.source(
          "shop.Product",
          "package shop;",
          "import dev.kiln.annotations.*;",
          "import java.util.List;",
          "import org.jspecify.annotations.NullMarked;",
          "/**",
          " * Something for sale.",
          " *",
          " * @param sku the stock-keeping unit",
          " * @param name what it is called",
          " * @param sizes the sizes it comes in",
          " */",
          "@NullMarked",
          "@GraphQLType",
          "public record Product(@Id String sku, String name, List<Size> sizes) {}"),
      Compilations.source(
          "shop.Size",
          "package shop;",
          "/** A size. */",
          "public enum Size { SMALL, LARGE, /** @deprecated too big */ @Deprecated HUGE }"),
      Compilations.source(
          "shop.Catalog",
          "package shop;",
          "import dev.kiln.annotations.*;",
          "import java.util.List;",
          "import java.util.Set;",
          "public class Catalog {",
          "  /**",
          "   * Products, optionally of some sizes.",
          "   *",
          "   * @param first how many",
          "   * @param sizes only these sizes",
          "   */",
          "  @Query public List<Product> products(@DefaultValue(\"10\") int first, Set<Size> sizes, @Context Object viewer) {",
          "    return List.of();",
          "  }",
          "  @Query public static Product product(@Id String sku) { return null; }",
          "  @Mutation public Product rename(@Id String sku, String name) { return null; }",
          "}"),
      Compilations.source(
          "shop.Reviews",
          "package shop;",
          "import dev.kiln.annotations.*;",
          "import java.util.List;",
          "import java.util.Map;",
          "import java.util.Set;",
          "import java.util.concurrent.CompletionStage;",
          "import org.dataloader.DataLoader;",
          "public class Reviews {",
          "  @BatchLoader(maxBatchSize = 100)",
          "  public Map<String, Integer> starsBySku(Set<String> skus, @Context Object viewer) { return Map.of(); }",
          "  @SuppressWarnings(\"kiln:UnusedLoader\")",
          "  @BatchLoader(cache = false)",
          "  public static CompletionStage<List<String>> summaries(List<String> skus, DataLoader<String, Integer> starsBySku) {",
          "    return null;",
          "  }",
          "  /** The product's average stars, of five. */",
          "  @Field public CompletionStage<Integer> stars(@Source Product product, DataLoader<String, Integer> starsBySku) {",
          "    return starsBySku.load(product.sku());",
          "  }",
          "  /**",
          "   * The latest reviews of the product.",
          "   *",
          "   * @param last how many",
          "   */",
          "  @Field public List<List<String>> latestReviews(@Source List<Product> products, @DefaultValue(\"3\") int last) {",
          "    return List.of();",
          "  }",
          "}")
    };
  }

  @Test
  void generatedFilesMatchTheGoldenFiles() throws IOException {
    Compilations.assertMatchesGoldenFiles(GOLDEN, generate());
  }

  @Test
  void sameSourcesGiveSameBytes() {
    assertThat(generate()).isEqualTo(generate());
  }

  private static Map<String, String> generate() {
    Compilation compilation = Compilations.compile(sources());
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> files = new TreeMap<>();
    files.put("schema.graphql", Compilations.schema(compilation));
    for (String type : List.of("shop.KilnSchemaModule", "shop.Catalog_Fetchers", "shop.KilnSchemaModule_PropertyReads", "shop.Reviews_Fetchers", "shop.Reviews_Loaders")) {
      JavaFileObject file =
          compilation.generatedSourceFile(type).orElseThrow(() -> new AssertionError("not generated: " + type));
      files.put(type.substring(type.indexOf('.') + 1) + ".java.txt", Compilations.content(file));
    }
    return files;
  }
}
