package dev.kiln.integration.batching;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.NonNull;

/**
 * A blog post. Its comments come from {@link PostResolvers}.
 *
 * @param id the post's number; later posts have higher numbers
 * @param title the headline
 * @param authorId the id of the user who wrote the post; clients ask for the author instead
 */
@GraphQLType
public record Post(@Id int id, @NonNull String title, @Ignore int authorId) {

  /** The user who wrote the post. */
  @Field
  public CompletableFuture<User> author(DataLoader<Integer, User> usersById) {
    return usersById.load(authorId);
  }
}
