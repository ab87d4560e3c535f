package dev.kiln.benchmarks.batching;

import dev.kiln.annotations.Context;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The backend's fields as Kiln batched fields: one backend call per field and level of a query. */
public final class BatchedFields {
  private final Backend backend;

  public BatchedFields(Backend backend) {
    this.backend = backend;
  }

  /** The playlist's tracks, in order. */
  @Field
  public Map<Playlist, List<Track>> tracks(@Source List<Playlist> playlists) {
    Map<Integer, List<Track>> byId = backend.tracksOf(playlists.stream().map(Playlist::id).toList());
    Map<Playlist, List<Track>> tracks = new LinkedHashMap<>();
    playlists.forEach(playlist -> tracks.put(playlist, byId.get(playlist.id())));
    return tracks;
  }

  /**
   * Whether the viewer liked the track.
   *
   * @param viewer the user sending the request
   */
  @Field
  public List<Boolean> viewerHasLiked(@Source List<Track> tracks, @Context Viewer viewer) {
    return backend.liked(viewer.userId(), tracks.stream().map(Track::id).toList());
  }

  /** The owner's pets. */
  @Field
  public Map<Owner, List<Pet>> pets(@Source List<Owner> owners) {
    Map<Integer, List<Pet>> byId = backend.petsOf(owners.stream().map(Owner::id).toList());
    Map<Owner, List<Pet>> pets = new LinkedHashMap<>();
    owners.forEach(owner -> pets.put(owner, byId.get(owner.id())));
    return pets;
  }

  /** The pet's friends. */
  @Field
  public Map<Pet, List<Pet>> friends(@Source List<Pet> pets) {
    Map<Integer, List<Pet>> byId = backend.friendsOf(pets.stream().map(Pet::id).distinct().toList());
    Map<Pet, List<Pet>> friends = new LinkedHashMap<>();
    pets.forEach(pet -> friends.put(pet, byId.get(pet.id())));
    return friends;
  }
}
