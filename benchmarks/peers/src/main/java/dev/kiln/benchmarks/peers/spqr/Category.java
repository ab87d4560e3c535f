package dev.kiln.benchmarks.peers.spqr;

import io.leangen.graphql.annotations.GraphQLQuery;
import java.util.List;

/** A category of the list-heavy shape. */
public final class Category {
  private final String name;
  private final List<Product> products;

  public Category(String name, List<Product> products) {
    this.name = name;
    this.products = products;
  }

  @GraphQLQuery(name = "name")
  public String name() {
    return name;
  }

  @GraphQLQuery(name = "products")
  public List<Product> products() {
    return products;
  }
}
