package dev.kiln.integration.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A playlist of fifty tracks and whether the viewer likes each: batched, three statements whatever
 * the number of tracks; unbatched, one more statement per track.
 */
class PlaylistTest {
  private static final String PLAYLIST = "{ playlist(id: 1) { name tracks { id title viewerHasLiked } } }";
  // The alias gives the unbatched field's answer the batched field's name, so both compare with one file.
  private static final String PLAYLIST_UNBATCHED =
      "{ playlist(id: 1) { name tracks { id title viewerHasLiked: viewerHasLikedUnbatched } } }";

  private final Fixture fixture = new Fixture();

  @AfterEach
  void dropTheDatabase() {
    fixture.close();
  }

  @Test
  void aBatchedFieldAsksAboutAllFiftyTracksInOneStatement() {
    Fixture.Run run = fixture.run(PLAYLIST, new Viewer(1));

    assertEquals(expected("playlist-ada.json"), run.json());
    run.assertStatementCount(3);
    assertEquals(
        List.of(
            "SELECT id, name FROM playlists WHERE id = ? [1]",
            "SELECT id, playlist_id, title FROM tracks WHERE playlist_id IN (?) ORDER BY playlist_id, position [1]",
            "SELECT track_id FROM likes WHERE user_id = ? AND track_id IN ("
                + Database.placeholders(50)
                + ") "
                + likeParameters(1)),
        Statements.texts(run.statements()));
    assertEquals(Map.of("Playlist.tracks", 1L, "Track.viewerHasLiked", 1L), run.batchCounts());
  }

  @Test
  void theUnbatchedFieldCostsOneStatementPerTrack() {
    Fixture.Run run = fixture.run(PLAYLIST_UNBATCHED, new Viewer(1));

    assertEquals(expected("playlist-ada.json"), run.json());
    run.assertStatementCount(52);
    assertEquals(
        50,
        run.statements().stream()
            .filter(statement -> statement.sql().equals("SELECT track_id FROM likes WHERE user_id = ? AND track_id = ?"))
            .count());
  }

  @Test
  void eachViewerSeesTheirOwnLikesAndNothingCachedCrossesRequests() {
    Fixture.Run ada = fixture.run(PLAYLIST, new Viewer(1));
    Fixture.Run grace = fixture.run(PLAYLIST, new Viewer(2));

    assertEquals(expected("playlist-ada.json"), ada.json());
    assertEquals(expected("playlist-grace.json"), grace.json());
    assertNotEquals(ada.json(), grace.json());
    // The second request reads everything again: its loaders start empty.
    grace.assertStatementCount(3);
    assertEquals(Statements.countsBySql(ada.statements()), Statements.countsBySql(grace.statements()));
    assertEquals(List.of(2), grace.statements().get(2).parameters().subList(0, 1));
  }

  @Test
  void theSameViewerAskingTwiceReadsTheDatabaseTwice() {
    Fixture.Run first = fixture.run(PLAYLIST, new Viewer(1));
    Fixture.Run second = fixture.run(PLAYLIST, new Viewer(1));

    assertEquals(first.json(), second.json());
    second.assertStatementCount(3);
    assertEquals(Statements.texts(first.statements()), Statements.texts(second.statements()));
  }

  /** The viewer, then the fifty tracks' ids in play order: 150 down to 101. */
  private static List<Integer> likeParameters(int viewer) {
    List<Integer> parameters = new ArrayList<>(List.of(viewer));
    IntStream.rangeClosed(1, 50).map(position -> 151 - position).forEach(parameters::add);
    return parameters;
  }

  private static JsonNode expected(String name) {
    return Json.parse(Json.resource("expected/" + name));
  }
}
