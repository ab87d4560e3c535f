package dev.kiln.runtime.spi;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;

/** The batch loader of one batched field of a {@link BatchedFields}. */
final class IndexedBatchLoader implements BatchLoaderWithContext<BatchKey, Object> {
  private final BatchedFields batches;
  private final int field;

  IndexedBatchLoader(BatchedFields batches, int field) {
    this.batches = batches;
    this.field = field;
  }

  @Override
  public CompletionStage<List<Object>> load(List<BatchKey> keys, BatchLoaderEnvironment environment) {
    return batches.load(field, keys, environment);
  }
}
