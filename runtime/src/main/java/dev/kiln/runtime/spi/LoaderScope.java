package dev.kiln.runtime.spi;

import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

/**
 * What a batch function knows of its request, as the context of its {@code
 * BatchLoaderEnvironment}.
 *
 * @param context the request's context object (the viewer), or {@code null}
 * @param registry the request's loaders
 */
public record LoaderScope(@Nullable Object context, DataLoaderRegistry registry) {}
