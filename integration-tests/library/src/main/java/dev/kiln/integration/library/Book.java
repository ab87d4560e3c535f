package dev.kiln.integration.library;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.ListSize;
import dev.kiln.annotations.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A title in the library's catalog, with all its copies and reviews. */
@NullMarked
@GraphQLType
@Node(loader = "booksById")
public final class Book extends Shelved implements SearchResult {
  private final int id;
  private final String title;
  private final @Nullable String subtitle;
  private final int year;
  private final List<Author> authors;
  private final Set<Genre> genres;
  private final String[] keywords;
  private final String isbn;
  private final @Nullable Integer copiesOnShelf;
  private final List<Review> reviews = new ArrayList<>();

  Book(
      int id,
      String title,
      @Nullable String subtitle,
      int year,
      List<Author> authors,
      Set<Genre> genres,
      List<String> keywords,
      String isbn,
      @Nullable Integer copiesOnShelf) {
    this.id = id;
    this.title = title;
    this.subtitle = subtitle;
    this.year = year;
    this.authors = List.copyOf(authors);
    this.genres = EnumSet.copyOf(genres);
    this.keywords = keywords.toArray(new String[0]);
    this.isbn = isbn;
    this.copiesOnShelf = copiesOnShelf;
  }

  /** The book's global ID, which encodes its catalog number. */
  @Field
  @Id
  public int getId() {
    return id;
  }

  /** The title as printed on the cover. */
  @Field
  public String getTitle() {
    return title;
  }

  /** The subtitle, if the book has one. */
  @Field
  public @Nullable String getSubtitle() {
    return subtitle;
  }

  /** The year the book was first published. */
  @Field
  public int getYear() {
    return year;
  }

  /** Whether a copy is on the shelf, ready to be borrowed. */
  @Field
  public boolean isAvailable() {
    return copiesOnShelf != null && copiesOnShelf > 0;
  }

  /** The authors, in the order the cover names them. */
  @Field
  @ListSize(assumedSize = 3)
  public List<Author> getAuthors() {
    return authors;
  }

  /** The sections of the shelves the book is filed under. */
  @Field
  public Set<Genre> getGenres() {
    return genres;
  }

  /** Words a reader might search for to find the book. */
  @Field
  public String[] getKeywords() {
    return keywords.clone();
  }

  /** The 13-digit International Standard Book Number. */
  @Field
  public Isbn getIsbn() {
    return new Isbn(isbn);
  }

  /**
   * The 10-digit International Standard Book Number, which books printed before 2007 carry.
   *
   * @deprecated use isbn instead
   */
  @Deprecated
  @Field
  public String getIsbn10() {
    String core = isbn.substring(3, 12);
    int sum = 0;
    for (int i = 0; i < core.length(); i++) {
      sum += (10 - i) * (core.charAt(i) - '0');
    }
    int check = (11 - sum % 11) % 11;
    return core + (check == 10 ? "X" : Integer.toString(check));
  }

  /** How many copies are on the shelf now, as the inventory counts them. */
  @Field
  public @Nullable Integer getCopiesOnShelf() {
    if (copiesOnShelf == null) {
      throw new IllegalStateException("Inventory has no record of book " + id + " (table SHELF_STOCK)");
    }
    return copiesOnShelf;
  }

  /** The mean rating of the book's reviews; absent while it has none. */
  @Field
  public Optional<Double> getAverageRating() {
    return reviews.stream().mapToInt(Review::rating).average().stream().boxed().findFirst();
  }

  /**
   * The book's reviews.
   *
   * @param first how many reviews to list at most
   * @param order the order to list them in
   */
  @Field
  public List<Review> reviews(@DefaultValue("10") int first, @DefaultValue("NEWEST") ReviewOrder order) {
    return reviews.stream().sorted(comparator(order)).limit(Math.max(first, 0)).toList();
  }

  /**
   * The text of the book's index card. Public for the library's own printing code, but not
   * annotated, so it is not part of the GraphQL schema.
   */
  public String catalogCard() {
    return title + " (" + year + "), ISBN " + isbn;
  }

  void addReview(Review review) {
    reviews.add(review);
  }

  private static Comparator<Review> comparator(ReviewOrder order) {
    Comparator<Review> newest = Comparator.comparingInt(Review::id).reversed();
    return switch (order) {
      case NEWEST -> newest;
      case OLDEST -> Comparator.comparingInt(Review::id);
      case BEST_RATED -> Comparator.comparingInt(Review::rating).reversed().thenComparing(newest);
    };
  }

  @Override
  public @Nullable String acquisitionNote() {
    return "Bought new, ISBN " + isbn;
  }
}
