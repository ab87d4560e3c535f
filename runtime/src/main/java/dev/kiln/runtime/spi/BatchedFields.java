package dev.kiln.runtime.spi;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.dataloader.BatchLoaderEnvironment;

/**
 * The batch functions of all the batched fields ({@code @Source List<…>} parameters) one class
 * serves, as one generated class: each is known by its index, and {@link #load} dispatches on it.
 * {@link SchemaContribution#batchedFields} registers one loader per field.
 */
public interface BatchedFields {

  /** The values of batched field number {@code field} for {@code keys}, in their order. */
  CompletionStage<List<Object>> load(int field, List<BatchKey> keys, BatchLoaderEnvironment environment);
}
