package dev.kiln.examples.blog;

import dev.kiln.annotations.Context;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Query;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

/** The root fields of queries: where a reader starts. */
public final class Queries {
  private final Database database;

  public Queries(Database database) {
    this.database = database;
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
   * The post with the given number, if there is one.
   *
   * @param id the post's number
   */
  @Query
  public CompletableFuture<@Nullable Post> post(@Id int id, DataLoader<Integer, Post> postsById) {
    return postsById.load(id);
  }

  /** The signed-in user, who sends this request; null for an anonymous request. */
  @Query
  public @Nullable User viewer(@Context @Nullable Viewer viewer) {
    return viewer == null ? null : viewer.user();
  }
}
