package dev.kiln.runtime.internal;

import dev.kiln.runtime.spi.BatchKey;
import dev.kiln.runtime.spi.LoaderScope;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.Try;
import org.jspecify.annotations.Nullable;

/**
 * What generated data fetchers and batch functions need of the request's loaders: the loaders
 * themselves, the request context, and results put back in key order.
 */
public final class LoaderSupport {
  private LoaderSupport() {}

  /**
   * The request's loader named {@code name}, for a field method to load through. graphql-java
   * dispatches what it loads, including loads chained after another load's result.
   */
  public static <K, V> DataLoader<K, V> loader(DataFetchingEnvironment environment, String name) {
    DataLoader<K, V> loader = environment.getDataLoader(name);
    if (loader == null) {
      throw missing(name);
    }
    return loader;
  }

  /**
   * The batch function of a {@code @BatchLoader} method: makes the call, with the loaders it
   * composes, and dispatches what they load. A call that throws fails every key of the batch, and
   * so does the request's deadline if it passed before the batch was due: the method is not called.
   */
  public static <V> CompletionStage<List<V>> batch(BatchLoaderEnvironment environment, BatchCall<V> call) {
    LoaderScope scope = scope(environment);
    if (scope.deadline().passed()) {
      return CompletableFuture.failedFuture(scope.deadline().exceeded());
    }
    ComposedLoaders loaders = new ComposedLoaders(scope.registry());
    try {
      return call.call(loaders);
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    } finally {
      loaders.callReturned();
    }
  }

  /** The request's context object (the viewer), or {@code null}. */
  public static @Nullable Object context(BatchLoaderEnvironment environment) {
    return scope(environment).context();
  }

  /** The keys of a batch as a set, for a batch function that takes a {@code Set}. */
  public static <K> Set<K> keySet(List<K> keys) {
    return new LinkedHashSet<>(keys);
  }

  /** The values of a {@code Map} result in key order; a missing key gets {@code null}. */
  public static <K, V> List<@Nullable V> inKeyOrder(List<K> keys, Map<K, V> values) {
    List<@Nullable V> ordered = new ArrayList<>(keys.size());
    for (K key : keys) {
      ordered.add(values.get(key));
    }
    return ordered;
  }

  /**
   * A {@code List} result, checked to hold one value per key.
   *
   * @throws IllegalStateException if it does not, which fails every key of the batch
   */
  public static <V> List<V> inKeyOrder(String loader, List<?> keys, List<V> values) {
    if (values.size() != keys.size()) {
      throw new IllegalStateException(
          "Batch loader \""
              + loader
              + "\" returned "
              + values.size()
              + " values for "
              + keys.size()
              + " keys. A List result must hold one value per key, in key order; return a Map to"
              + " leave keys out.");
    }
    return values;
  }

  /** Loads the batched field {@code field} for {@code source} with the field's arguments. */
  public static CompletableFuture<Object> loadBatched(DataFetchingEnvironment environment, String field, Object source) {
    DataLoader<BatchKey, Object> loader = loader(environment, field);
    return loader.load(new BatchKey(source, environment.getArguments()));
  }

  /**
   * The batch function of a batched field: calls the field's method once per distinct set of
   * arguments among {@code keys}, with the sources that share it. A call that fails fails only its
   * own keys.
   */
  @SuppressWarnings("unchecked")
  public static <S> CompletionStage<List<Object>> batchedField(
      List<BatchKey> keys, BatchLoaderEnvironment environment, BatchedCall<S> call) {
    LoaderScope scope = scope(environment);
    if (scope.deadline().passed()) {
      return CompletableFuture.failedFuture(scope.deadline().exceeded());
    }
    DataLoaderRegistry registry = scope.registry();
    Map<Map<String, Object>, List<Integer>> positionsByArguments = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      positionsByArguments.computeIfAbsent(keys.get(i).arguments(), a -> new ArrayList<>()).add(i);
    }
    Object[] results = new Object[keys.size()];
    List<CompletableFuture<?>> calls = new ArrayList<>();
    for (Map.Entry<Map<String, Object>, List<Integer>> group : positionsByArguments.entrySet()) {
      List<Integer> positions = group.getValue();
      List<S> sources = new ArrayList<>(positions.size());
      positions.forEach(p -> sources.add((S) keys.get(p).source()));
      calls.add(
          invoke(call, sources, group.getKey(), registry)
              .handle(
                  (values, error) -> {
                    for (int j = 0; j < positions.size(); j++) {
                      results[positions.get(j)] = error != null ? Try.failed(unwrap(error)) : values.get(j);
                    }
                    return null;
                  }));
    }
    return CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).thenApply(done -> Arrays.asList(results));
  }

  private static <S> CompletableFuture<? extends List<?>> invoke(
      BatchedCall<S> call, List<S> sources, Map<String, Object> arguments, DataLoaderRegistry registry) {
    ComposedLoaders loaders = new ComposedLoaders(registry);
    try {
      return call.call(sources, arguments, loaders).toCompletableFuture();
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    } finally {
      loaders.callReturned();
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  private static LoaderScope scope(BatchLoaderEnvironment environment) {
    Object context = environment.getContext();
    if (context instanceof LoaderScope scope) {
      return scope;
    }
    throw new IllegalStateException(
        "This loader was not created by Kiln for a request. Execute requests through Kiln.execute(...) or"
            + " Kiln.newExecutionInput(...), which give each request its loaders.");
  }

  private static IllegalStateException missing(String name) {
    return new IllegalStateException(
        "The request has no loader named \""
            + name
            + "\". Execute requests through Kiln.execute(...) or Kiln.newExecutionInput(...), which"
            + " give each request its loaders.");
  }

  /** One call of a batch method, which returns the values of the batch's keys in key order. */
  @FunctionalInterface
  public interface BatchCall<V> {
    CompletionStage<List<V>> call(ComposedLoaders loaders) throws Exception;
  }

  /**
   * One call of a batched field's method, for sources that share arguments. It returns the results
   * in source order, one per source.
   */
  @FunctionalInterface
  public interface BatchedCall<S> {
    CompletionStage<? extends List<?>> call(List<S> sources, Map<String, Object> arguments, ComposedLoaders loaders)
        throws Exception;
  }
}
