package dev.kiln.runtime.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.DelegatingDataLoader;
import org.jspecify.annotations.Nullable;

/**
 * The loaders one call of a batch method receives, to compose loads: a loader by name that loads
 * through the loader by id, say. They share the request's loaders, and so their batches and cache.
 *
 * <p>graphql-java waits for a batch to complete before it dispatches loads made while it ran, and
 * a batch that waits on such a load would wait forever. So the loads a batch method makes are
 * dispatched by Kiln instead: those made during the call, together, when it returns; those made
 * later, from a continuation, as they are made.
 */
public final class ComposedLoaders {
  private final DataLoaderRegistry registry;
  private final Map<String, DispatchingDataLoader<?, ?>> used = new LinkedHashMap<>();
  private volatile boolean returned;

  ComposedLoaders(DataLoaderRegistry registry) {
    this.registry = registry;
  }

  /** The request's loader named {@code name}. */
  @SuppressWarnings("unchecked")
  public synchronized <K, V> DataLoader<K, V> get(String name) {
    DispatchingDataLoader<?, ?> loader = used.get(name);
    if (loader == null) {
      DataLoader<K, V> registered = registry.getDataLoader(name);
      if (registered == null) {
        throw new IllegalStateException("The request has no loader named \"" + name + "\".");
      }
      loader = new DispatchingDataLoader<>(registered);
      used.put(name, loader);
    }
    return (DataLoader<K, V>) loader;
  }

  /** Dispatches the loads made during the call, which has returned. */
  synchronized void callReturned() {
    returned = true;
    for (DispatchingDataLoader<?, ?> loader : used.values()) {
      loader.dispatch();
    }
  }

  private final class DispatchingDataLoader<K, V> extends DelegatingDataLoader<K, V> {
    DispatchingDataLoader(DataLoader<K, V> delegate) {
      super(delegate);
    }

    @Override
    public CompletableFuture<V> load(K key, @Nullable Object keyContext) {
      return dispatchedIfLate(super.load(key, keyContext));
    }

    @Override
    public CompletableFuture<V> load(K key) {
      return dispatchedIfLate(super.load(key));
    }

    @Override
    public CompletableFuture<List<V>> loadMany(List<K> keys) {
      return dispatchedIfLate(super.loadMany(keys));
    }

    @Override
    public CompletableFuture<List<V>> loadMany(List<K> keys, List<Object> keyContexts) {
      return dispatchedIfLate(super.loadMany(keys, keyContexts));
    }

    @Override
    public CompletableFuture<Map<K, V>> loadMany(Map<K, ?> keysAndContexts) {
      return dispatchedIfLate(super.loadMany(keysAndContexts));
    }

    private <T> CompletableFuture<T> dispatchedIfLate(CompletableFuture<T> result) {
      if (returned) {
        dispatch();
      }
      return result;
    }
  }
}
