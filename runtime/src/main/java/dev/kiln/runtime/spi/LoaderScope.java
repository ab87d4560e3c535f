package dev.kiln.runtime.spi;

import dev.kiln.runtime.RequestDeadline;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

/**
 * What a batch function knows of its request, as the context of its {@code
 * BatchLoaderEnvironment}.
 *
 * @param context the request's context object (the viewer), or {@code null}
 * @param registry the request's loaders
 * @param deadline the request's deadline: a batch due after it is not called
 */
public record LoaderScope(@Nullable Object context, DataLoaderRegistry registry, RequestDeadline deadline) {

  /** A scope without a deadline. */
  public LoaderScope(@Nullable Object context, DataLoaderRegistry registry) {
    this(context, registry, RequestDeadline.none());
  }
}
