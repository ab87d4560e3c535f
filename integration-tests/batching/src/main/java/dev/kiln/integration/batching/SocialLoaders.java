package dev.kiln.integration.batching;

import dev.kiln.annotations.BatchLoader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.Try;

/**
 * The batch loaders of the social side of the site: users, their friends and their profiles. Each
 * runs one {@code SELECT ... WHERE ... IN (...)} for all the keys of its batch.
 *
 * <p>Keys that arrive as a set are sorted before they are bound, so that the same keys give the
 * same statement and parameters.
 */
public final class SocialLoaders {
  private static final String USERS_BY_ID = "SELECT id, name FROM users WHERE id IN (%s) ORDER BY id";

  private final Database database;

  public SocialLoaders(Database database) {
    this.database = database;
  }

  /** The users with the given ids; an unknown id loads as null. */
  @BatchLoader
  public Map<Integer, User> usersById(Set<Integer> ids) {
    return selectUsers(new TreeSet<>(ids));
  }

  /** The ids of each user's friends, in id order. */
  @BatchLoader
  public Map<Integer, List<Integer>> friendIds(Set<Integer> userIds) {
    List<Integer> ids = List.copyOf(new TreeSet<>(userIds));
    String sql =
        "SELECT user_id, friend_id FROM friendships WHERE user_id IN (%s) ORDER BY user_id, friend_id"
            .formatted(Database.placeholders(ids.size()));
    Map<Integer, List<Integer>> friends = new LinkedHashMap<>();
    // A user without friends has an empty list, not a missing one (which would load as null).
    ids.forEach(id -> friends.put(id, new ArrayList<>()));
    database
        .query(sql, ids, row -> new int[] {row.getInt("user_id"), row.getInt("friend_id")})
        .forEach(pair -> friends.get(pair[0]).add(pair[1]));
    return friends;
  }

  /**
   * The users with the given names. It only looks up their ids; the users themselves come from
   * {@code usersById}, so that a user asked for both by name and by id is loaded once, in the same
   * batch as the other users.
   */
  @BatchLoader
  public CompletionStage<Map<String, User>> userByName(
      List<String> names, DataLoader<Integer, User> usersById) {
    String sql =
        "SELECT id, name FROM users WHERE name IN (%s) ORDER BY id"
            .formatted(Database.placeholders(names.size()));
    List<Integer> ids = database.query(sql, names, row -> row.getInt("id"));
    return usersById
        .loadMany(ids)
        .thenApply(users -> users.stream().collect(Collectors.toMap(User::name, Function.identity())));
  }

  /** Like {@link #usersById}, but never more than three users in one statement. */
  @BatchLoader(maxBatchSize = 3)
  public Map<Integer, User> usersInBatchesOfThree(Set<Integer> ids) {
    return selectUsers(new TreeSet<>(ids));
  }

  /**
   * Like {@link #usersById}, but without the request's cache: every load reaches the database,
   * even of a user loaded before. The keys are bound as they come, repeats included.
   */
  @BatchLoader(cache = false)
  public List<User> freshUsersById(List<Integer> ids) {
    Map<Integer, User> users = selectUsers(ids);
    return ids.stream().map(users::get).toList();
  }

  /**
   * The addresses of the users' pictures. They live in a table that this database does not have,
   * as if the avatar store were down: every batch fails, with a message that names the database.
   */
  @BatchLoader
  public Map<Integer, String> avatarUrls(Set<Integer> userIds) {
    List<Integer> ids = List.copyOf(new TreeSet<>(userIds));
    String sql =
        "SELECT user_id, url FROM user_avatars WHERE user_id IN (%s)"
            .formatted(Database.placeholders(ids.size()));
    return database.query(sql, ids, row -> Map.entry(row.getInt("user_id"), row.getString("url"))).stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * The users' homepages. A user without one loads as null; a stored homepage that is not a URL
   * fails for its user alone.
   */
  @BatchLoader
  public Map<Integer, Try<String>> homepages(Set<Integer> userIds) {
    List<Integer> ids = List.copyOf(new TreeSet<>(userIds));
    String sql =
        "SELECT id, homepage FROM users WHERE id IN (%s) AND homepage IS NOT NULL ORDER BY id"
            .formatted(Database.placeholders(ids.size()));
    return database.query(sql, ids, row -> checkedUrl(row.getInt("id"), row.getString("homepage"))).stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private Map<Integer, User> selectUsers(Collection<Integer> ids) {
    List<Integer> parameters = List.copyOf(ids);
    String sql = USERS_BY_ID.formatted(Database.placeholders(parameters.size()));
    return database.query(sql, parameters, row -> new User(row.getInt("id"), row.getString("name"))).stream()
        .collect(Collectors.toMap(User::id, Function.identity()));
  }

  private static Map.Entry<Integer, Try<String>> checkedUrl(int userId, String homepage) {
    try {
      return Map.entry(userId, Try.succeeded(new URI(homepage).toString()));
    } catch (URISyntaxException e) {
      return Map.entry(
          userId, Try.failed(new IllegalStateException("User " + userId + " has a malformed homepage", e)));
    }
  }
}
