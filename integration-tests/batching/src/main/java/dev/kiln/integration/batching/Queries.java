package dev.kiln.integration.batching;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Query;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.NonNull;

/** The root fields: where a client starts. */
public final class Queries {
  private final Database database;

  public Queries(Database database) {
    this.database = database;
  }

  /**
   * The playlist with the given number, if there is one.
   *
   * @param id the playlist's number
   */
  @Query
  public Playlist playlist(@Id int id) {
    String sql = "SELECT id, name FROM playlists WHERE id = ?";
    List<Playlist> playlists =
        database.query(sql, List.of(id), row -> new Playlist(row.getInt("id"), row.getString("name")));
    return playlists.isEmpty() ? null : playlists.get(0);
  }

  /**
   * The newest posts, newest first.
   *
   * @param last how many posts to list at most
   */
  @Query
  public List<Post> posts(@DefaultValue("10") int last) {
    String sql = "SELECT id, author_id, title FROM posts ORDER BY id DESC LIMIT ?";
    return database.query(
        sql, List.of(last), row -> new Post(row.getInt("id"), row.getString("title"), row.getInt("author_id")));
  }

  /**
   * The user with the given number, if there is one.
   *
   * @param id the user's number
   */
  @Query
  public CompletableFuture<User> user(@Id int id, DataLoader<Integer, User> usersById) {
    return usersById.load(id);
  }

  /**
   * The user who goes by the given name, if there is one.
   *
   * @param name the user's name, such as "Ada"
   */
  @Query
  public CompletableFuture<User> userByName(@NonNull String name, DataLoader<String, User> userByName) {
    return userByName.load(name);
  }

  /**
   * The users with the given numbers, loaded at most three to a statement.
   *
   * @param ids the users' numbers
   */
  @Query
  public CompletableFuture<List<User>> usersInBatchesOfThree(
      @NonNull List<@NonNull Integer> ids, DataLoader<Integer, User> usersInBatchesOfThree) {
    return usersInBatchesOfThree.loadMany(ids);
  }

  /**
   * The user with the given number, read afresh from the database even if the request loaded the
   * user before.
   *
   * @param id the user's number
   */
  @Query
  public CompletableFuture<User> freshUser(@Id int id, DataLoader<Integer, User> freshUsersById) {
    return freshUsersById.load(id);
  }
}
