package dev.kiln.benchmarks.peers.spqr;

import dev.kiln.benchmarks.common.Shapes;
import io.leangen.graphql.annotations.GraphQLQuery;
import java.util.ArrayList;
import java.util.List;

/** The root fields of the three shapes, over objects made once from {@link Shapes}' values. */
public final class SpqrQueries {
  private final List<Item> wide = new ArrayList<>();
  private final Node deep = node(1);
  private final List<Category> lists = new ArrayList<>();

  public SpqrQueries() {
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

  @GraphQLQuery(name = "wide")
  public List<Item> wide() {
    return wide;
  }

  @GraphQLQuery(name = "deep")
  public Node deep() {
    return deep;
  }

  @GraphQLQuery(name = "lists")
  public List<Category> lists() {
    return lists;
  }

  private static Node node(int k) {
    boolean inner = Shapes.nodeHasChildren(k);
    return new Node(Shapes.nodeId(k), Shapes.nodeLabel(k), Shapes.nodeWeight(k), inner ? node(2 * k) : null, inner ? node(2 * k + 1) : null);
  }
}
