package dev.kiln.runtime;

/**
 * When graphql-java dispatches the request's loaders, that is, calls their batch functions with the
 * keys collected so far.
 */
public enum DataLoaderDispatch {
  /**
   * Per level of the query, and again for each load that a batch function, or a data fetcher
   * continuing after a load, makes: graphql-java's per-level strategy with chaining enabled. A
   * loader that calls other loaders completes with one batch per loader. The default.
   */
  CHAINED,

  /**
   * Whenever no data fetcher and no batch function is running, as JavaScript's DataLoader does
   * after each tick: graphql-java's exhausted strategy. It also completes chained loads, and can
   * batch across levels of the query.
   */
  EXHAUSTED,

  /**
   * Once per level of the query, and never again: graphql-java's default strategy. Loads that a
   * batch function makes are still dispatched, by Kiln, when it returns; but a load that a field
   * method chains onto another load's result ({@code ids.load(k).thenCompose(users::loadMany)}) is
   * never dispatched, so that field never completes and the request waits for its deadline. Use it
   * only when no field method chains loads.
   */
  PER_LEVEL
}
