package dev.kiln.benchmarks.batching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An in-memory stand-in for a database or remote service: it counts its calls, and can make each
 * call wait, as a network round trip would.
 */
public final class Backend {
  public static final int PLAYLIST_ID = 1;
  public static final int TRACKS = 50;
  public static final int OWNERS = 10;
  public static final int PETS_PER_OWNER = 5;
  public static final int FRIENDS_PER_PET = 3;

  private final long latencyNanos;
  private final AtomicLong calls = new AtomicLong();

  /** @param latencyMicros how long each call waits; 0 for none */
  public Backend(long latencyMicros) {
    this.latencyNanos = latencyMicros * 1_000;
  }

  /** How many calls were made so far. */
  public long calls() {
    return calls.get();
  }

  public Playlist playlist(int id) {
    call();
    return new Playlist(id, "Playlist " + id);
  }

  /** The tracks of each playlist, in order. */
  public Map<Integer, List<Track>> tracksOf(Collection<Integer> playlistIds) {
    call();
    Map<Integer, List<Track>> tracks = new LinkedHashMap<>();
    for (int playlistId : playlistIds) {
      List<Track> list = new ArrayList<>();
      for (int t = 1; t <= TRACKS; t++) {
        int id = playlistId * 1_000 + t;
        list.add(new Track(id, "Track " + id));
      }
      tracks.put(playlistId, list);
    }
    return tracks;
  }

  /** Which of the tracks the user liked: every third. */
  public List<Boolean> liked(int userId, List<Integer> trackIds) {
    call();
    return trackIds.stream().map(id -> (id + userId) % 3 == 0).toList();
  }

  public boolean liked(int userId, int trackId) {
    call();
    return (trackId + userId) % 3 == 0;
  }

  public List<Owner> owners() {
    call();
    List<Owner> owners = new ArrayList<>();
    for (int o = 1; o <= OWNERS; o++) {
      owners.add(new Owner(o, "Owner " + o));
    }
    return owners;
  }

  public Map<Integer, List<Pet>> petsOf(Collection<Integer> ownerIds) {
    call();
    Map<Integer, List<Pet>> pets = new LinkedHashMap<>();
    for (int ownerId : ownerIds) {
      List<Pet> list = new ArrayList<>();
      for (int p = 1; p <= PETS_PER_OWNER; p++) {
        list.add(pet((ownerId - 1) * PETS_PER_OWNER + p));
      }
      pets.put(ownerId, list);
    }
    return pets;
  }

  public Map<Integer, List<Pet>> friendsOf(Collection<Integer> petIds) {
    call();
    int allPets = OWNERS * PETS_PER_OWNER;
    Map<Integer, List<Pet>> friends = new LinkedHashMap<>();
    for (int petId : petIds) {
      List<Pet> list = new ArrayList<>();
      for (int f = 1; f <= FRIENDS_PER_PET; f++) {
        list.add(pet((petId - 1 + f * 7) % allPets + 1));
      }
      friends.put(petId, list);
    }
    return friends;
  }

  private static Pet pet(int id) {
    return new Pet(id, "Pet " + id);
  }

  private void call() {
    calls.incrementAndGet();
    if (latencyNanos > 0) {
      LockSupport.parkNanos(latencyNanos);
    }
  }
}
