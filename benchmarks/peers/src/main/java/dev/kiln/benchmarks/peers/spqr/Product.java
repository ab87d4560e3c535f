package dev.kiln.benchmarks.peers.spqr;

import io.leangen.graphql.annotations.GraphQLQuery;
import java.util.List;

/** A product of the list-heavy shape: two lists of scalars. */
public final class Product {
  private final String name;
  private final List<String> tags;
  private final List<Integer> scores;

  public Product(String name, List<String> tags, List<Integer> scores) {
    this.name = name;
    this.tags = tags;
    this.scores = scores;
  }

  @GraphQLQuery(name = "name")
  public String name() {
    return name;
  }

  @GraphQLQuery(name = "tags")
  public List<String> tags() {
    return tags;
  }

  @GraphQLQuery(name = "scores")
  public List<Integer> scores() {
    return scores;
  }
}
