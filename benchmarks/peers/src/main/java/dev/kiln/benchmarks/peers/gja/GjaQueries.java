package dev.kiln.benchmarks.peers.gja;

import dev.kiln.benchmarks.common.Shapes;
import graphql.annotations.annotationTypes.GraphQLField;
import graphql.annotations.annotationTypes.GraphQLName;
import java.util.ArrayList;
import java.util.List;

/** The root fields of the three shapes, static: graphql-java-annotations calls them without an instance. */
@GraphQLName("Query")
public final class GjaQueries {
  private static final GjaQueries DATA = new GjaQueries();

  private final List<Item> wide = new ArrayList<>();
  private final Node deep = node(1);
  private final List<Category> lists = new ArrayList<>();

  private GjaQueries() {
    for (int i = 0; i < Shapes.ITEMS; i++) {
      wide.add(new Item(Shapes.itemId(i), Shapes.itemName(i), Shapes.itemDescription(i), Shapes.itemPrice(i), Shapes.itemQuantity(i),
          Shapes.itemAvailable(i), Shapes.itemCategory(i), Shapes.itemSku(i), Shapes.itemRating(i), Shapes.itemViews(i)));
    }
    for (int c = 0; c < Shapes.CATEGORIES; c++) {
      List<Product> products = new ArrayList<>();
      for (int p = 0; p < Shapes.PRODUCTS_PER_CATEGORY; p++) {
        products.add(new Product(Shapes.productName(c, p), Shapes.productTags(c, p), Shapes.productScores(c, p)));
      }
      lists.add(new Category(Shapes.categoryName(c), products));
    }
  }

  @GraphQLField
  public static List<Item> wide() {
    return DATA.wide;
  }

  @GraphQLField
  public static Node deep() {
    return DATA.deep;
  }

  @GraphQLField
  public static List<Category> lists() {
    return DATA.lists;
  }

  private static Node node(int k) {
    boolean inner = Shapes.nodeHasChildren(k);
    return new Node(Shapes.nodeId(k), Shapes.nodeLabel(k), Shapes.nodeWeight(k), inner ? node(2 * k) : null, inner ? node(2 * k + 1) : null);
  }
}
