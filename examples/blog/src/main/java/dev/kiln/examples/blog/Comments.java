package dev.kiln.examples.blog;

import dev.kiln.annotations.Context;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Mutation;
import dev.kiln.annotations.Subscription;
import dev.kiln.runtime.GraphQLClientException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

/** Adding comments, and watching them arrive: the mutation feeds the subscription. */
public final class Comments {
  static final int MAX_BODY_LENGTH = 2000;

  private final Database database;
  private final CommentFeed feed;

  public Comments(Database database, CommentFeed feed) {
    this.database = database;
    this.feed = feed;
  }

  /**
   * Adds a comment to a post, written by the signed-in user, and sends it to the subscribers of
   * {@code commentAdded}.
   *
   * @param postId the number of the post to comment on
   * @param body what to say
   */
  @Mutation
  public Comment addComment(
      @Id int postId, String body, @Context @Nullable Viewer viewer, DataLoader<Integer, User> usersById) {
    if (viewer == null) {
      throw new GraphQLClientException(
          "Sign in to comment: send the header \"Authorization: Bearer <username>\".",
          Map.of("code", "UNAUTHENTICATED"));
    }
    String text = body.strip();
    if (text.isEmpty() || text.length() > MAX_BODY_LENGTH) {
      throw new GraphQLClientException(
          "A comment has 1 to " + MAX_BODY_LENGTH + " characters.", Map.of("code", "BAD_USER_INPUT"));
    }
    requirePost(postId);
    User author = viewer.user();
    String sql = "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)";
    int id = database.insert(sql, List.of(postId, author.id(), text));
    // The author is the viewer, whom the request knows already: asking for it costs no statement.
    usersById.prime(author.id(), author);
    Comment comment = new Comment(id, text, postId, author.id());
    feed.publish(comment);
    return comment;
  }

  /**
   * The comments added to a post from now on, as they are added.
   *
   * @param postId the number of the post to watch
   */
  @Subscription
  public Flow.Publisher<Comment> commentAdded(@Id int postId) {
    requirePost(postId);
    return feed.commentsOn(postId);
  }

  /** The comment in a row of {@code SELECT id, post_id, author_id, body FROM comments}. */
  static Comment comment(ResultSet row) throws SQLException {
    return new Comment(row.getInt("id"), row.getString("body"), row.getInt("post_id"), row.getInt("author_id"));
  }

  private void requirePost(int postId) {
    List<Integer> found = database.query("SELECT id FROM posts WHERE id = ?", List.of(postId), row -> row.getInt("id"));
    if (found.isEmpty()) {
      throw new GraphQLClientException("There is no post " + postId + ".", Map.of("code", "NOT_FOUND"));
    }
  }
}
