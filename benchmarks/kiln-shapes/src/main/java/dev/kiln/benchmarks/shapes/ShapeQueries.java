package dev.kiln.benchmarks.shapes;

import dev.kiln.annotations.Query;
import java.util.List;

/** The root fields of the three shapes. */
public final class ShapeQueries {
  private final ShapeData data = ShapeData.INSTANCE;

  /** The wide shape: 100 items. */
  @Query
  public List<Item> wide() {
    return data.wide();
  }

  /** The deep shape: the root of a tree 7 levels deep. */
  @Query
  public Node deep() {
    return data.deep();
  }

  /** The list-heavy shape: 20 categories of 25 products. */
  @Query
  public List<Category> lists() {
    return data.lists();
  }
}
