package dev.kiln.benchmarks.peers.spqr;

import io.leangen.graphql.annotations.GraphQLId;
import io.leangen.graphql.annotations.GraphQLQuery;

/** An item of the wide shape: ten scalar fields. */
public final class Item {
  private final String id;
  private final String name;
  private final String description;
  private final double price;
  private final int quantity;
  private final boolean available;
  private final String category;
  private final String sku;
  private final double rating;
  private final int views;

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

  @GraphQLQuery(name = "id")
  public @GraphQLId String id() {
    return id;
  }

  @GraphQLQuery(name = "name")
  public String name() {
    return name;
  }

  @GraphQLQuery(name = "description")
  public String description() {
    return description;
  }

  @GraphQLQuery(name = "price")
  public double price() {
    return price;
  }

  @GraphQLQuery(name = "quantity")
  public int quantity() {
    return quantity;
  }

  @GraphQLQuery(name = "available")
  public boolean available() {
    return available;
  }

  @GraphQLQuery(name = "category")
  public String category() {
    return category;
  }

  @GraphQLQuery(name = "sku")
  public String sku() {
    return sku;
  }

  @GraphQLQuery(name = "rating")
  public double rating() {
    return rating;
  }

  @GraphQLQuery(name = "views")
  public int views() {
    return views;
  }
}
