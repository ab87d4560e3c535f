package dev.kiln.integration.batching;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.NonNull;

/**
 * A member of the site.
 *
 * @param id the user's number
 * @param name the name the user goes by; no two users share one
 */
@GraphQLType
public record User(@Id int id, @NonNull String name) {

  /** The user's friends, by id. */
  @Field
  public CompletableFuture<List<User>> friends(
      DataLoader<Integer, List<Integer>> friendIds, DataLoader<Integer, User> usersById) {
    // Two loaders in a row: the friends' ids, then the friends themselves, batched with every other
    // user of the same level.
    return friendIds.load(id).thenCompose(usersById::loadMany);
  }

  /** The address of the user's picture, from the avatar store. */
  @Field
  public CompletableFuture<String> avatarUrl(DataLoader<Integer, String> avatarUrls) {
    return avatarUrls.load(id);
  }

  /** The user's own web site, if the user has one. */
  @Field
  public CompletableFuture<String> homepage(DataLoader<Integer, String> homepages) {
    return homepages.load(id);
  }
}
