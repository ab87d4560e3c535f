package dev.kiln.integration.batching;

import dev.kiln.annotations.Context;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields that {@link Playlist} and {@link Track} get from the database. */
public final class PlaylistResolvers {
  private final Database database;

  public PlaylistResolvers(Database database) {
    this.database = database;
  }

  /** The playlist's tracks, in the order they play. */
  @Field
  public Map<Playlist, List<Track>> tracks(@Source List<Playlist> playlists) {
    Map<Integer, Playlist> playlistsById = new LinkedHashMap<>();
    playlists.forEach(playlist -> playlistsById.put(playlist.id(), playlist));
    Map<Playlist, List<Track>> tracks = new LinkedHashMap<>();
    playlists.forEach(playlist -> tracks.put(playlist, new ArrayList<>()));
    String sql =
        "SELECT id, playlist_id, title FROM tracks WHERE playlist_id IN (%s) ORDER BY playlist_id, position"
            .formatted(Database.placeholders(playlistsById.size()));
    database
        .query(
            sql,
            List.copyOf(playlistsById.keySet()),
            row -> Map.entry(row.getInt("playlist_id"), new Track(row.getInt("id"), row.getString("title"))))
        .forEach(entry -> tracks.get(playlistsById.get(entry.getKey())).add(entry.getValue()));
    return tracks;
  }

  /**
   * Whether the user sending the request likes the track; false for an anonymous request.
   *
   * @param viewer the user sending the request
   */
  @Field
  public List<Boolean> viewerHasLiked(@Source List<Track> tracks, @Context Viewer viewer) {
    if (viewer == null) {
      return tracks.stream().map(track -> false).toList();
    }
    List<Object> parameters = new ArrayList<>();
    parameters.add(viewer.userId());
    tracks.forEach(track -> parameters.add(track.id()));
    String sql =
        "SELECT track_id FROM likes WHERE user_id = ? AND track_id IN (%s)"
            .formatted(Database.placeholders(tracks.size()));
    Set<Integer> liked = new HashSet<>(database.query(sql, parameters, row -> row.getInt("track_id")));
    return tracks.stream().map(track -> liked.contains(track.id())).toList();
  }

  /**
   * Whether the user sending the request likes the track, asked of the database track by track:
   * the N+1 statements that {@link #viewerHasLiked} saves.
   *
   * @param viewer the user sending the request
   */
  @Field
  public boolean viewerHasLikedUnbatched(@Source Track track, @Context Viewer viewer) {
    if (viewer == null) {
      return false;
    }
    String sql = "SELECT track_id FROM likes WHERE user_id = ? AND track_id = ?";
    return !database.query(sql, List.of(viewer.userId(), track.id()), row -> row.getInt("track_id")).isEmpty();
  }
}
