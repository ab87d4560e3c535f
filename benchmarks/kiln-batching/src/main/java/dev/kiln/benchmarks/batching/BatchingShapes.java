package dev.kiln.benchmarks.batching;

import dev.kiln.runtime.InstanceProvider;
import org.jspecify.annotations.Nullable;

/** The batching benchmarks' queries, and the instances that serve them over one backend. */
public final class BatchingShapes {
  public static final String PLAYLIST_BATCHED = "{ playlist(id: 1) { name tracks { title viewerHasLiked } } }";
  public static final String PLAYLIST_NAIVE =
      "{ playlist(id: 1) { name tracks: tracksNaive { title viewerHasLiked: viewerHasLikedNaive } } }";
  public static final String OWNERS_BATCHED = "{ owners { name pets { name friends { name } } } }";
  public static final String OWNERS_NAIVE = "{ owners { name pets: petsNaive { name friends: friendsNaive { name } } } }";

  private BatchingShapes() {}

  /** The query of {@code shape} ({@code playlist} or {@code owners}), batched or naive. */
  public static String query(String shape, boolean batched) {
    return switch (shape) {
      case "playlist" -> batched ? PLAYLIST_BATCHED : PLAYLIST_NAIVE;
      case "owners" -> batched ? OWNERS_BATCHED : OWNERS_NAIVE;
      default -> throw new IllegalArgumentException("No batching shape \"" + shape + "\"; expected playlist or owners.");
    };
  }

  /** Serves the root and resolver fields from {@code backend}. */
  public static InstanceProvider instances(Backend backend) {
    BatchingQueries queries = new BatchingQueries(backend);
    BatchedFields batched = new BatchedFields(backend);
    NaiveFields naive = new NaiveFields(backend);
    return new InstanceProvider() {
      @Override
      public <T> @Nullable T getInstance(Class<T> type) {
        if (type == BatchingQueries.class) {
          return type.cast(queries);
        }
        if (type == BatchedFields.class) {
          return type.cast(batched);
        }
        return type == NaiveFields.class ? type.cast(naive) : null;
      }
    };
  }
}
