package dev.kiln.benchmarks.peers.gja;

import graphql.annotations.annotationTypes.GraphQLField;
import java.util.List;

/** A category of the list-heavy shape. */
public final class Category {
  @GraphQLField public final String name;
  @GraphQLField public final List<Product> products;

  public Category(String name, List<Product> products) {
    this.name = name;
    this.products = products;
  }
}
