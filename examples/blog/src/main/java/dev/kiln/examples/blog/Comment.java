package dev.kiln.examples.blog;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Ignore;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * A reader's comment on a post.
 *
 * @param id the comment's number; later comments have higher numbers
 * @param body what the reader wrote
 * @param postId the id of the post the comment is on; clients ask for the post instead
 * @param authorId the id of the user who wrote the comment; clients ask for the author instead
 */
@GraphQLType
public record Comment(@Id int id, String body, @Ignore int postId, @Ignore int authorId) {

  /** The user who wrote the comment. */
  @Field
  public CompletableFuture<User> author(DataLoader<Integer, User> usersById) {
    return usersById.load(authorId);
  }

  /** The post the comment is on. */
  @Field
  public CompletableFuture<Post> post(DataLoader<Integer, Post> postsById) {
    return postsById.load(postId);
  }
}
