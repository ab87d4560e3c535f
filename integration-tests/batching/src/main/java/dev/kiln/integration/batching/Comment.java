package dev.kiln.integration.batching;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import dev.kiln.annotations.Loader;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.NonNull;

/**
 * A reader's comment on a post.
 *
 * @param id the comment's number; later comments have higher numbers
 * @param body what the reader wrote
 * @param authorId the id of the user who wrote the comment; clients ask for the author instead
 */
@GraphQLType
public record Comment(@Id int id, @NonNull String body, @Ignore int authorId) {

  /** The user who wrote the comment. */
  @Field
  public CompletableFuture<User> author(@Loader("usersById") DataLoader<Integer, User> users) {
    return users.load(authorId);
  }
}
