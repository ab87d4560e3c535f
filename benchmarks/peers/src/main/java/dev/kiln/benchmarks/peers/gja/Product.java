package dev.kiln.benchmarks.peers.gja;

import graphql.annotations.annotationTypes.GraphQLField;
import java.util.List;

/** A product of the list-heavy shape: two lists of scalars. */
public final class Product {
  @GraphQLField public final String name;
  @GraphQLField public final List<String> tags;
  @GraphQLField public final List<Integer> scores;

  public Product(String name, List<String> tags, List<Integer> scores) {
    this.name = name;
    this.tags = tags;
    this.scores = scores;
  }
}
