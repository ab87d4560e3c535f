package dev.kiln.integration.shop;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import dev.kiln.annotations.Query;
import dev.kiln.integration.catalog.Author;
import dev.kiln.integration.catalog.Book;
import dev.kiln.integration.catalog.Genre;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A customer's order of one book, from the shop module, which the catalog module knows nothing of.
 *
 * @param id the order's number
 * @param copies how many copies were ordered
 * @param bookId the catalog number of the book
 */
@NullMarked
@GraphQLType
public record Order(@Id int id, int copies, @Ignore int bookId) {

  /** The book ordered: a type of the catalog module. */
  @Field
  public @Nullable Book book() {
    return Book.byId(bookId).orElse(null);
  }

  /**
   * Who wrote the book, loaded through the catalog module's loader.
   *
   * @param authorsById the catalog's loader of authors
   */
  @Field
  public CompletableFuture<@Nullable Author> author(DataLoader<Integer, Author> authorsById) {
    return Book.byId(bookId).map(book -> authorsById.load(book.authorId())).orElse(CompletableFuture.completedFuture(null));
  }

  /** The orders of books of this genre, or all orders. */
  @Query
  public static List<Order> orders(@Nullable Genre genre) {
    return List.of(new Order(1, 2, 1), new Order(2, 1, 2)).stream()
        .filter(order -> genre == null || Book.byId(order.bookId()).map(b -> b.genre() == genre).orElse(false))
        .toList();
  }
}
