package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A fetcher that only reads a Java field or a record component is a {@code PropertyRead}, which
 * the request deadline leaves alone; every fetcher that calls a method, takes arguments or checks
 * authorization stays a plain {@code LightDataFetcher}, held to the deadline.
 */
class PropertyReadTest {

  @Test
  void onlyFieldAndRecordComponentReadsArePropertyReads() {
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
            "    @Field public int number;",
            "    /** Who placed it, which a lazy ORM property might load. */",
            "    @Field public String getCustomer() { return \"\"; }",
            "    /**",
            "     * A line of the order.",
            "     *",
            "     * @param index which line",
            "     */",
            "    @Field public String line(int index) { return \"\"; }",
            "  }",
            "  /** The latest product. */",
            "  @Query public static Product product() { return new Product(\"a\", 1); }",
            "  /** The latest order. */",
            "  @Query public static Order order() { return new Order(); }",
            "}");

    Compilation compilation = Compilations.compileWithOptions(java.util.List.of("-Xlint:all,-processing"), shop);

    assertThat(compilation).succeeded();
    String product = Compilations.content(compilation.generatedSourceFile("shop.Shop_Product_Fetchers").orElseThrow());
    String order = Compilations.content(compilation.generatedSourceFile("shop.Shop_Order_Fetchers").orElseThrow());
    assertThat(product).contains("class ProductSkuFetcher implements PropertyRead<Object>");
    assertThat(product).contains("class ProductCostFetcher implements LightDataFetcher<Object>");
    assertThat(product).contains("class ProductLabelFetcher implements LightDataFetcher<Object>");
    assertThat(order).contains("class OrderNumberFetcher implements PropertyRead<Object>");
    assertThat(order).contains("class OrderCustomerFetcher implements LightDataFetcher<Object>");
    assertThat(order).contains("class OrderLineFetcher implements LightDataFetcher<Object>");
  }
}
