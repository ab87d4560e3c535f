package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a batch loader: one function that loads many objects of one kind by key, with a
 * cache that lives for one request. Field methods receive it as a {@code DataLoader<K, V>}
 * parameter and call {@code load(key)}; the loads of one level of the query are collected and
 * this method is called once with all their keys.
 *
 * <pre>{@code
 * @BatchLoader
 * Map<Integer, User> usersById(Set<Integer> ids, @Context Viewer viewer) {
 *   return users.findAll(ids, viewer);   // SELECT ... WHERE id IN (...)
 * }
 * }</pre>
 *
 * <p>The first parameter is the keys: a {@code List<K>}, {@code Set<K>} or {@code Collection<K>}.
 * The others may be the request context ({@link Context}) and other loaders, as {@code
 * DataLoader<K2, V2>} parameters, which the method may call to compose loads; each loader's batch
 * and cache are shared. The method returns one of:
 *
 * <ul>
 *   <li>{@code Map<K, V>}: a key missing from the map loads as {@code null};
 *   <li>{@code List<V>}: one value per key, in key order (the keys must then be a {@code List});
 *   <li>a {@code CompletionStage} or {@code CompletableFuture} of either.
 * </ul>
 *
 * <p>A value may be an {@code org.dataloader.Try<V>}, so that one key can fail alone. If the
 * method throws, every key of the batch fails.
 *
 * <p>The method may be static, or an instance method; instances come from the runtime's {@code
 * InstanceProvider}, or from the class's public no-argument constructor.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface BatchLoader {
  /** The loader's name, which {@code DataLoader} parameters refer to; defaults to the method name. */
  String name() default "";

  /** The most keys passed in one call; a larger batch is split. {@code 0}, the default, is no limit. */
  int maxBatchSize() default 0;

  /**
   * Whether a key loaded once in a request is served from the request's cache afterwards. On by
   * default; turn it off for values that must be read afresh at every use.
   */
  boolean cache() default true;
}
