package dev.kiln.benchmarks.peers.gja;

import graphql.annotations.annotationTypes.GraphQLField;
import graphql.annotations.annotationTypes.GraphQLID;

/** An item of the wide shape: ten scalar fields. */
public final class Item {
  @GraphQLField @GraphQLID public final String id;
  @GraphQLField public final String name;
  @GraphQLField public final String description;
  @GraphQLField public final double price;
  @GraphQLField public final int quantity;
  @GraphQLField public final boolean available;
  @GraphQLField public final String category;
  @GraphQLField public final String sku;
  @GraphQLField public final double rating;
  @GraphQLField public final int views;

  public Item(String id, String name, String description, double price, int quantity, boolean available, String category, String sku, double rating, int views) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.price = price;
    this.quantity = quantity;
    this.available = available;
    this.category = category;
    this.sku = sku;
    this.rating = rating;
    this.views = views;
  }
}
