package dev.kiln.examples.blog;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields that {@link Post} gets from the database. */
public final class PostResolvers {
  private final Database database;

  public PostResolvers(Database database) {
    this.database = database;
  }

  /** The comments on the post, oldest first. */
  // A batched field: Kiln calls it once with every post of a level of the query, so that one
  // statement reads the comments of all of them.
  @Field
  public List<List<Comment>> comments(@Source List<Post> posts) {
    Map<Integer, List<Comment>> commentsByPost = new LinkedHashMap<>();
    posts.forEach(post -> commentsByPost.put(post.id(), new ArrayList<>()));
    String sql =
        "SELECT id, post_id, author_id, body FROM comments WHERE post_id IN (%s) ORDER BY id"
            .formatted(Database.placeholders(commentsByPost.size()));
    database
        .query(sql, List.copyOf(commentsByPost.keySet()), Comments::comment)
        .forEach(comment -> commentsByPost.get(comment.postId()).add(comment));
    return posts.stream().map(post -> commentsByPost.get(post.id())).toList();
  }
}
