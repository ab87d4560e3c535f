package dev.kiln.runtime.spi;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderOptions;

/**
 * Creates one loader afresh for each request, so that its batches and cache never outlive the
 * request or reach another viewer.
 */
@FunctionalInterface
public interface LoaderFactory {

  /**
   * A new loader.
   *
   * @param options the request's options: they carry the request's {@link LoaderScope} as the
   *     batch loader context; a loader may add its own settings to them
   */
  DataLoader<?, ?> create(DataLoaderOptions options);
}
