package dev.kiln.integration.batching;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields that {@link Post} gets from the database. */
public final class PostResolvers {
  // ROW_NUMBER numbers each post's comments from the newest, so that one statement takes the last
  // few of every post at once.
  private static final String LAST_COMMENTS =
      """
      SELECT id, post_id, author_id, body FROM (
        SELECT id, post_id, author_id, body,
          ROW_NUMBER() OVER (PARTITION BY post_id ORDER BY id DESC) AS recency
        FROM comments WHERE post_id IN (%s)
      ) WHERE recency <= ? ORDER BY post_id, id""";

  private final Database database;

  public PostResolvers(Database database) {
    this.database = database;
  }

  /**
   * The post's latest comments, oldest first.
   *
   * @param last how many comments to list at most
   */
  @Field
  public List<List<Comment>> comments(@Source List<Post> posts, @DefaultValue("5") int last) {
    Map<Integer, List<Comment>> commentsByPost = new LinkedHashMap<>();
    posts.forEach(post -> commentsByPost.put(post.id(), new ArrayList<>()));
    List<Object> parameters = new ArrayList<>(commentsByPost.keySet());
    parameters.add(last);
    String sql = LAST_COMMENTS.formatted(Database.placeholders(commentsByPost.size()));
    database
        .query(
            sql,
            parameters,
            row -> Map.entry(
                row.getInt("post_id"),
                new Comment(row.getInt("id"), row.getString("body"), row.getInt("author_id"))))
        .forEach(entry -> commentsByPost.get(entry.getKey()).add(entry.getValue()));
    return posts.stream().map(post -> commentsByPost.get(post.id())).toList();
  }
}
