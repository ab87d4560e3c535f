package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A record used as an argument becomes an input type: its components are the fields, nested
 * records, lists, enums, nullability and defaults included, and generated code builds the record
 * with its constructor.
 */
class InputTypesTest {
  private static final JavaFileObject TYPES =
      Compilations.source(
          "shop.Order",
          "package shop;",
          "import dev.kiln.annotations.*;",
          "import java.util.List;",
          "import org.jspecify.annotations.NullMarked;",
          "import org.jspecify.annotations.Nullable;",
          "@NullMarked",
          "public final class Order {",
          "  private Order() {}",
          "  public enum Size { SMALL, LARGE }",
          "  /**",
          "   * Where to deliver.",
          "   *",
          "   * @param street the street and number",
          "   * @param note what to tell the courier",
          "   */",
          "  public record Address(String street, @Nullable String note) {}",
          "  /**",
          "   * A new order.",
          "   *",
          "   * @param items what to order",
          "   * @param size how big",
          "   * @param address where to",
          "   * @param gift whether to wrap it",
          "   */",
          "  public record NewOrder(List<String> items, Size size, Address address, @DefaultValue(\"false\") boolean gift) {}",
          "  @GraphQLType public record Receipt(int id) {",
          "    @Mutation public static Receipt order(NewOrder order) { return new Receipt(order.items().size()); }",
          "    @Query public static Receipt receipt() { return null; }",
          "  }",
          "}");

  @Test
  void recordArgumentsBecomeInputTypesBuiltByTheirConstructors() {
    Compilation compilation = Compilations.compile(TYPES);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = Compilations.schema(compilation);
    assertThat(schema).contains("  order(order: NewOrder!): Receipt!\n");
    assertThat(schema)
        .contains(
            """
            "Where to deliver."
            input Address {
              "the street and number"
              street: String!
              "what to tell the courier"
              note: String
            }
            """);
    assertThat(schema)
        .contains(
            """
            "A new order."
            input NewOrder {
              "what to order"
              items: [String!]!
              "how big"
              size: Size!
              "where to"
              address: Address!
              "whether to wrap it"
              gift: Boolean! = false
            }
            """);
    String converter = Compilations.content(compilation.generatedSourceFile("shop.Order_NewOrder_Input").orElseThrow());
    assertThat(converter).contains("return new Order.NewOrder(");
    assertThat(converter).contains("Order_Address_Input.from(fields.get(\"address\"))");
  }

  @Test
  void anInputTypeThatNeedsItselfThroughNonNullFieldsIsAnError() {
    JavaFileObject loop =
        Compilations.source(
            "shop.Loop",
            "package shop;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.NonNull;",
            "public record Loop(@NonNull Loop next) {",
            "  @Query public static String walk(Loop loop) { return null; }",
            "}");

    Compilation compilation = Compilations.compile(loop);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InputCycle] Input type \"Loop\" needs itself through non-null fields (Loop.next: Loop!), so no value can be written for it (spec §3.10).")
        .inFile(loop)
        .onLineContaining("record Loop");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aOneOfInputIsMarkedAndItsFieldsMustBeNullableWithoutDefaults() {
    JavaFileObject key =
        Compilations.source(
            "shop.Key",
            "package shop;",
            "import dev.kiln.annotations.*;",
            "@OneOf public record Key(Integer id, String sku) {",
            "  @Query public static String find(Key key) { return null; }",
            "}");
    JavaFileObject bad =
        Compilations.source(
            "shop.Bad",
            "package shop;",
            "import dev.kiln.annotations.*;",
            "@OneOf public record Bad(int id, @DefaultValue(\"\\\"x\\\"\") String sku) {",
            "  @Query public static String bad(Bad bad) { return null; }",
            "}");

    Compilation good = Compilations.compile(key);
    Compilation compilation = Compilations.compile(bad);

    assertThat(good).succeededWithoutWarnings();
    assertThat(Compilations.schema(good)).contains("input Key @oneOf {\n  id: Int\n  sku: String\n}\n");
    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/OneOfField] Field \"id\" of @OneOf input \"Bad\" is non-null, but a client sets exactly one field of a @oneOf input, so every field is nullable and has no default (spec §3.10.1).")
        .inFile(bad)
        .onLineContaining("record Bad");
    assertThat(compilation).hadErrorContaining("[Kiln/OneOfField] Field \"sku\" of @OneOf input \"Bad\" has a default").inFile(bad).onLineContaining("record Bad");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aClassWithOnePublicConstructorIsAnInputTypeToo() {
    JavaFileObject range =
        Compilations.source(
            "shop.Range",
            "package shop;",
            "import dev.kiln.annotations.*;",
            "/** A span of prices. */",
            "public final class Range {",
            "  final int low;",
            "  final int high;",
            "  /**",
            "   * @param low the lowest price",
            "   * @param high the highest price",
            "   */",
            "  public Range(int low, @DefaultValue(\"100\") int high) { this.low = low; this.high = high; }",
            "  @Query public static int width(Range range) { return range.high - range.low; }",
            "}");

    Compilation compilation = Compilations.compile(range);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation))
        .contains("\"A span of prices.\"\ninput Range {\n  \"the lowest price\"\n  low: Int!\n  \"the highest price\"\n  high: Int! = 100\n}\n");
    assertThat(Compilations.content(compilation.generatedSourceFile("shop.Range_Input").orElseThrow())).contains("return new Range(");
  }
}
