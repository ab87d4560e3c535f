package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.Try;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loaders and resolvers called as plain Java, without GraphQL: each batch is one statement
 * with all its keys in an {@code IN} list, and returns what the sample data holds.
 */
class DataLayerTest {
  private Database database;
  private SocialLoaders loaders;

  @BeforeEach
  void createTheDatabase() {
    database = new Database();
    loaders = new SocialLoaders(database);
  }

  @AfterEach
  void dropTheDatabase() {
    database.close();
  }

  @Test
  void usersByIdIsOneStatementForAllIdsAndLeavesUnknownIdsOut() {
    Map<Integer, User> users = loaders.usersById(new LinkedHashSet<>(List.of(7, 2, 99, 5)));

    assertEquals(
        Map.of(2, new User(2, "Grace"), 5, new User(5, "Alan"), 7, new User(7, "Edsger")), users);
    assertStatements("SELECT id, name FROM users WHERE id IN (?, ?, ?, ?) ORDER BY id [2, 5, 7, 99]");
  }

  @Test
  void friendIdsListsEveryUsersFriendsAndAnEmptyListForAUserWithout() {
    Map<Integer, List<Integer>> friends = loaders.friendIds(Set.of(1, 2, 13));

    assertEquals(Map.of(1, List.of(2, 3, 4), 2, List.of(1, 3, 5), 13, List.of()), friends);
    assertStatements(
        "SELECT user_id, friend_id FROM friendships WHERE user_id IN (?, ?, ?)"
            + " ORDER BY user_id, friend_id [1, 2, 13]");
  }

  @Test
  void userByNameLooksUpIdsThenLoadsTheUsersThroughUsersById() {
    DataLoader<Integer, User> usersById = usersByIdLoader();
    usersById.load(2); // already asked for by id: shares the batch with the users found by name

    CompletionStage<Map<String, User>> found = loaders.userByName(List.of("Grace", "Ada", "Nobody"), usersById);
    usersById.dispatch();

    assertEquals(
        Map.of("Ada", new User(1, "Ada"), "Grace", new User(2, "Grace")),
        found.toCompletableFuture().join());
    assertStatements(
        "SELECT id, name FROM users WHERE name IN (?, ?, ?) ORDER BY id [Grace, Ada, Nobody]",
        "SELECT id, name FROM users WHERE id IN (?, ?) ORDER BY id [1, 2]");
  }

  @Test
  void freshUsersByIdBindsRepeatedKeysAndAnswersInKeyOrder() {
    List<User> users = loaders.freshUsersById(List.of(3, 1, 3, 99));

    assertEquals(Arrays.asList(new User(3, "Linus"), new User(1, "Ada"), new User(3, "Linus"), null), users);
    assertStatements("SELECT id, name FROM users WHERE id IN (?, ?, ?, ?) ORDER BY id [3, 1, 3, 99]");
  }

  @Test
  void avatarUrlsFailsWithAMessageThatNamesTheDatabase() {
    DatabaseException thrown = assertThrows(DatabaseException.class, () -> loaders.avatarUrls(Set.of(1, 2)));

    assertTrue(thrown.getMessage().contains(database.url()), thrown.getMessage());
    assertTrue(thrown.getCause().getMessage().contains("USER_AVATARS"), thrown.getCause().getMessage());
    assertEquals(
        List.of("SELECT user_id, url FROM user_avatars WHERE user_id IN (?, ?) [1, 2]"),
        database.statements().stream().map(ExecutedStatement::toString).toList());
    // H2 rejects the statement before executing it, so does not count it.
    assertEquals(Map.of(), database.executionCountsFromH2());
  }

  @Test
  void homepagesFailsOnlyForTheMalformedOneAndLeavesOutUsersWithout() {
    Map<Integer, Try<String>> homepages = new TreeMap<>(loaders.homepages(Set.of(1, 2, 3, 4)));

    assertEquals(List.of(1, 2, 3), List.copyOf(homepages.keySet()));
    assertEquals("https://ada.example.org", homepages.get(1).get());
    assertEquals("https://grace.example.org/cobol", homepages.get(2).get());
    assertTrue(homepages.get(3).isFailure());
    assertEquals("User 3 has a malformed homepage", homepages.get(3).getThrowable().getMessage());
    assertStatements(
        "SELECT id, homepage FROM users WHERE id IN (?, ?, ?, ?) AND homepage IS NOT NULL ORDER BY id"
            + " [1, 2, 3, 4]");
  }

  @Test
  void commentsTakesTheLastFewOfEveryPostInOneStatement() {
    PostResolvers resolvers = new PostResolvers(database);
    Post newest = new Post(10, "Premature optimization", 8);
    Post older = new Post(7, "The first actual bug", 2);
    Post quiet = new Post(4, "Poetical science", 1);

    List<List<Comment>> comments = resolvers.comments(List.of(newest, older, quiet), 3);

    assertEquals(
        List.of(
            List.of(
                new Comment(24, "Optimizing compilers help.", 9),
                new Comment(25, "Quoted out of context again.", 13),
                new Comment(26, "The full quote matters.", 8)),
            List.of(
                new Comment(13, "Where was the moth?", 9),
                new Comment(14, "Bugs are errors by another name.", 7)),
            List.of(new Comment(7, "Science needs poetry.", 4))),
        comments);
    assertEquals(1, database.statements().size());
    assertEquals(List.of(10, 7, 4, 3), database.statements().get(0).parameters());
    assertH2CountsWhatWeLogged();
  }

  @Test
  void tracksListsTheFiftyTracksInPlayOrderAndNoneForAnEmptyPlaylist() {
    PlaylistResolvers resolvers = new PlaylistResolvers(database);
    Playlist roadTrip = new Playlist(1, "Road trip");
    Playlist silence = new Playlist(2, "Silence");

    Map<Playlist, List<Track>> tracks = resolvers.tracks(List.of(roadTrip, silence));

    assertEquals(50, tracks.get(roadTrip).size());
    assertEquals(new Track(150, "Song 1"), tracks.get(roadTrip).get(0));
    assertEquals(new Track(101, "Song 50"), tracks.get(roadTrip).get(49));
    assertEquals(List.of(), tracks.get(silence));
    assertStatements(
        "SELECT id, playlist_id, title FROM tracks WHERE playlist_id IN (?, ?)"
            + " ORDER BY playlist_id, position [1, 2]");
  }

  @Test
  void viewerHasLikedAnswersForAllTracksInOneStatementAndAgreesWithTheUnbatchedField() {
    PlaylistResolvers resolvers = new PlaylistResolvers(database);
    List<Track> tracks = List.of(new Track(148, "Song 3"), new Track(146, "Song 5"), new Track(136, "Song 15"));

    List<Boolean> ada = resolvers.viewerHasLiked(tracks, new Viewer(1));
    List<Boolean> grace = resolvers.viewerHasLiked(tracks, new Viewer(2));
    assertEquals(2, database.statements().size());
    List<Boolean> adaOneByOne = tracks.stream().map(track -> resolvers.viewerHasLikedUnbatched(track, new Viewer(1))).toList();

    assertEquals(List.of(true, false, true), ada);
    assertEquals(List.of(false, true, true), grace);
    assertEquals(ada, adaOneByOne);
    assertEquals(5, database.statements().size());
    assertEquals(List.of(1, 148, 146, 136), database.statements().get(0).parameters());
    assertH2CountsWhatWeLogged();
  }

  @Test
  void anAnonymousViewerLikesNothingAndCostsNoStatement() {
    PlaylistResolvers resolvers = new PlaylistResolvers(database);

    assertEquals(List.of(false), resolvers.viewerHasLiked(List.of(new Track(148, "Song 3")), null));
    assertFalse(resolvers.viewerHasLikedUnbatched(new Track(148, "Song 3"), null));
    assertEquals(List.of(), database.statements());
  }

  @Test
  void playlistAndPostsAreOneStatementEach() {
    Queries queries = new Queries(database);

    assertEquals(new Playlist(1, "Road trip"), queries.playlist(1));
    assertEquals(null, queries.playlist(3));
    assertEquals(
        List.of(new Post(10, "Premature optimization", 8), new Post(9, "Abstraction and substitution", 6)),
        queries.posts(2));
    assertEquals(3, database.statements().size());
    assertH2CountsWhatWeLogged();
  }

  private DataLoader<Integer, User> usersByIdLoader() {
    return DataLoaderFactory.newMappedDataLoader(
        (Set<Integer> ids) -> CompletableFuture.completedFuture(loaders.usersById(ids)));
  }

  private void assertStatements(String... expected) {
    assertEquals(List.of(expected), database.statements().stream().map(ExecutedStatement::toString).toList());
    assertH2CountsWhatWeLogged();
  }

  private void assertH2CountsWhatWeLogged() {
    assertEquals(Statements.countsBySql(database.statements()), database.executionCountsFromH2());
  }
}
