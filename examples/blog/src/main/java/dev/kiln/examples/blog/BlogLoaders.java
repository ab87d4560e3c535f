package dev.kiln.examples.blog;

import dev.kiln.annotations.BatchLoader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The blog's batch loaders. Each runs one {@code SELECT ... WHERE id IN (...)} for all the keys that
 * one level of a query asks for, however many fields asked; an id loaded once in a request is not
 * loaded again. The ids are sorted before they are bound, so the same ids give the same statement.
 */
public final class BlogLoaders {
  private final Database database;

  public BlogLoaders(Database database) {
    this.database = database;
  }

  /** The users with the given ids; an unknown id loads as null. */
  @BatchLoader
  public Map<Integer, User> usersById(Set<Integer> ids) {
    List<Integer> parameters = List.copyOf(new TreeSet<>(ids));
    String sql =
        "SELECT id, username, name FROM users WHERE id IN (%s)".formatted(Database.placeholders(parameters.size()));
    return database.query(sql, parameters, BlogLoaders::user).stream()
        .collect(Collectors.toMap(User::id, Function.identity()));
  }

  /** The posts with the given ids; an unknown id loads as null. */
  @BatchLoader
  public Map<Integer, Post> postsById(Set<Integer> ids) {
    List<Integer> parameters = List.copyOf(new TreeSet<>(ids));
    String sql =
        "SELECT id, author_id, title FROM posts WHERE id IN (%s)".formatted(Database.placeholders(parameters.size()));
    return database
        .query(sql, parameters, row -> new Post(row.getInt("id"), row.getString("title"), row.getInt("author_id")))
        .stream()
        .collect(Collectors.toMap(Post::id, Function.identity()));
  }

  /** The user in a row of {@code SELECT id, username, name FROM users}. */
  static User user(ResultSet row) throws SQLException {
    return new User(row.getInt("id"), row.getString("username"), row.getString("name"));
  }
}
