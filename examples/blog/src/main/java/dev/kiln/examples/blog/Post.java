package dev.kiln.examples.blog;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * A blog post.
 *
 * @param id the post's number; later posts have higher numbers
 * @param title the headline
 * @param authorId the id of the user who wrote the post; clients ask for the author instead
 */
// Its comments come from PostResolvers, which reads them for many posts at once.
@GraphQLType
public record Post(@Id int id, String title, @Ignore int authorId) {

  /** The user who wrote the post. */
  @Field
  public CompletableFuture<User> author(DataLoader<Integer, User> usersById) {
    return usersById.load(authorId);
  }
}
