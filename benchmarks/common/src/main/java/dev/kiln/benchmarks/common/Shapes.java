package dev.kiln.benchmarks.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three query shapes of the execution benchmarks, the values of their data, and the result each
 * must produce. Every implementation builds its own objects from these values, so that all of them
 * serve the same data, and checks its result against {@link #expected(String)} before measuring.
 *
 * <ul>
 *   <li>{@code wide}: 100 items with 10 scalar fields each (1,000 fields);
 *   <li>{@code deep}: a binary tree of nodes 7 levels deep, 3 scalars per node (507 fields);
 *   <li>{@code lists}: 20 categories of 25 products, each with 2 lists of 5 scalars (5,000 list
 *       elements).
 * </ul>
 */
public final class Shapes {
  public static final List<String> NAMES = List.of("wide", "deep", "lists");

  public static final int ITEMS = 100;
  public static final int TREE_LEVELS = 7;
  public static final int CATEGORIES = 20;
  public static final int PRODUCTS_PER_CATEGORY = 25;
  public static final int LIST_LENGTH = 5;

  public static final String WIDE_QUERY =
      "{ wide { id name description price quantity available category sku rating views } }";
  public static final String DEEP_QUERY = "{ deep " + nodeSelection(1) + " }";
  public static final String LISTS_QUERY = "{ lists { name products { name tags scores } } }";

  private Shapes() {}

  /** The query of the named shape. */
  public static String query(String shape) {
    return switch (shape) {
      case "wide" -> WIDE_QUERY;
      case "deep" -> DEEP_QUERY;
      case "lists" -> LISTS_QUERY;
      default -> throw new IllegalArgumentException("No shape \"" + shape + "\"; the shapes are " + NAMES);
    };
  }

  public static String itemId(int i) {
    return "item-" + i;
  }

  public static String itemName(int i) {
    return "Item " + i;
  }

  public static String itemDescription(int i) {
    return "The description of item " + i;
  }

  public static double itemPrice(int i) {
    return i * 1.25;
  }

  public static int itemQuantity(int i) {
    return i % 7;
  }

  public static boolean itemAvailable(int i) {
    return i % 2 == 0;
  }

  public static String itemCategory(int i) {
    return "category-" + i % 10;
  }

  public static String itemSku(int i) {
    return "SKU-" + (10_000 + i);
  }

  public static double itemRating(int i) {
    return i % 5 + 0.5;
  }

  public static int itemViews(int i) {
    return i * 13;
  }

  /** Nodes are numbered as in a binary heap: the root is 1, the children of {@code k} are {@code 2k} and {@code 2k + 1}. */
  public static String nodeId(int k) {
    return "node-" + k;
  }

  public static String nodeLabel(int k) {
    return "Node " + k;
  }

  public static int nodeWeight(int k) {
    return k % 100;
  }

  /** The level of node {@code k}, the root's being 1. */
  public static int nodeLevel(int k) {
    return 32 - Integer.numberOfLeadingZeros(k);
  }

  public static boolean nodeHasChildren(int k) {
    return nodeLevel(k) < TREE_LEVELS;
  }

  public static String categoryName(int c) {
    return "Category " + c;
  }

  public static String productName(int c, int p) {
    return "Product " + c + "-" + p;
  }

  public static List<String> productTags(int c, int p) {
    List<String> tags = new ArrayList<>();
    for (int j = 0; j < LIST_LENGTH; j++) {
      tags.add("tag-" + (c + p + j) % 17);
    }
    return tags;
  }

  public static List<Integer> productScores(int c, int p) {
    List<Integer> scores = new ArrayList<>();
    for (int j = 0; j < LIST_LENGTH; j++) {
      scores.add(c * 100 + p * 5 + j);
    }
    return scores;
  }

  /** The {@code data} of the named shape's result, as graphql-java's {@code ExecutionResult.getData()} gives it. */
  public static Map<String, Object> expected(String shape) {
    Object value =
        switch (shape) {
          case "wide" -> expectedWide();
          case "deep" -> expectedNode(1);
          case "lists" -> expectedLists();
          default -> throw new IllegalArgumentException("No shape \"" + shape + "\"; the shapes are " + NAMES);
        };
    return Map.of(shape, value);
  }

  /**
   * Fails if {@code data} is not the expected result of {@code shape}, so that no implementation is
   * timed doing less (or other) work than the rest.
   */
  public static void check(String implementation, String shape, Object data, List<?> errors) {
    if (errors.isEmpty() && expected(shape).equals(data)) {
      return;
    }
    String shown = String.valueOf(data);
    throw new IllegalStateException(
        implementation + " answered the " + shape + " query wrongly, so its time would not compare. Errors: " + errors
            + "; data: " + shown.substring(0, Math.min(shown.length(), 2_000)));
  }

  private static List<Object> expectedWide() {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", itemId(i));
      item.put("name", itemName(i));
      item.put("description", itemDescription(i));
      item.put("price", itemPrice(i));
      item.put("quantity", itemQuantity(i));
      item.put("available", itemAvailable(i));
      item.put("category", itemCategory(i));
      item.put("sku", itemSku(i));
      item.put("rating", itemRating(i));
      item.put("views", itemViews(i));
      items.add(item);
    }
    return items;
  }

  private static Map<String, Object> expectedNode(int k) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", nodeId(k));
    node.put("label", nodeLabel(k));
    node.put("weight", nodeWeight(k));
    if (nodeHasChildren(k)) {
      node.put("left", expectedNode(2 * k));
      node.put("right", expectedNode(2 * k + 1));
    }
    return node;
  }

  private static List<Object> expectedLists() {
    List<Object> categories = new ArrayList<>();
    for (int c = 0; c < CATEGORIES; c++) {
      List<Object> products = new ArrayList<>();
      for (int p = 0; p < PRODUCTS_PER_CATEGORY; p++) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", productName(c, p));
        product.put("tags", productTags(c, p));
        product.put("scores", productScores(c, p));
        products.add(product);
      }
      Map<String, Object> category = new LinkedHashMap<>();
      category.put("name", categoryName(c));
      category.put("products", products);
      categories.add(category);
    }
    return categories;
  }

  /** GraphQL has no recursive selections, so the deep query spells out every level. */
  private static String nodeSelection(int k) {
    if (!nodeHasChildren(k)) {
      return "{ id label weight }";
    }
    return "{ id label weight left " + nodeSelection(2 * k) + " right " + nodeSelection(2 * k + 1) + " }";
  }
}
