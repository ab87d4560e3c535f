package dev.kiln.benchmarks.batching;

import dev.kiln.annotations.Context;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.Source;
import java.util.List;

/** The same fields resolved one parent at a time: the N+1 calls that batching saves. */
public final class NaiveFields {
  private final Backend backend;

  public NaiveFields(Backend backend) {
    this.backend = backend;
  }

  /** The playlist's tracks, asked for this playlist alone. */
  @Field
  public List<Track> tracksNaive(@Source Playlist playlist) {
    return backend.tracksOf(List.of(playlist.id())).get(playlist.id());
  }

  /**
   * Whether the viewer liked the track, asked track by track.
   *
   * @param viewer the user sending the request
   */
  @Field
  public boolean viewerHasLikedNaive(@Source Track track, @Context Viewer viewer) {
    return backend.liked(viewer.userId(), track.id());
  }

  /** The owner's pets, asked owner by owner. */
  @Field
  public List<Pet> petsNaive(@Source Owner owner) {
    return backend.petsOf(List.of(owner.id())).get(owner.id());
  }

  /** The pet's friends, asked pet by pet. */
  @Field
  public List<Pet> friendsNaive(@Source Pet pet) {
    return backend.friendsOf(List.of(pet.id())).get(pet.id());
  }
}
