package dev.kiln.opentelemetry.library;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import dev.kiln.annotations.Loader;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * A book on the shelf.
 *
 * @param id the book's number
 * @param title the book's title
 * @param authorId the number of the book's author; clients ask for the author instead
 */
@GraphQLType
public record Book(@Id int id, String title, @Ignore int authorId) {

  /** The book's author, loaded in one batch with the other books' authors. */
  @Field
  public CompletableFuture<Author> author(@Loader("authorsById") DataLoader<Integer, Author> authors) {
    return authors.load(authorId);
  }

  /** The readers' rating, from a service that is down: it always fails. */
  @Field
  public int rating() {
    throw new IllegalStateException("rating service at 10.0.0.7 refused the connection");
  }
}
