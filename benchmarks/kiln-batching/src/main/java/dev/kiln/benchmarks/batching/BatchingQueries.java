package dev.kiln.benchmarks.batching;

import dev.kiln.annotations.Id;
import dev.kiln.annotations.Query;
import java.util.List;

/** The root fields of the batching shapes. */
public final class BatchingQueries {
  private final Backend backend;

  public BatchingQueries(Backend backend) {
    this.backend = backend;
  }

  /**
   * The playlist with the given number.
   *
   * @param id the playlist's number
   */
  @Query
  public Playlist playlist(@Id int id) {
    return backend.playlist(id);
  }

  /** Every owner. */
  @Query
  public List<Owner> owners() {
    return backend.owners();
  }
}
