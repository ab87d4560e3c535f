package dev.kiln.runtime.spi;

import graphql.schema.LightDataFetcher;

/**
 * A generated data fetcher that reads a Java field or a record component of its source and does
 * nothing else: no argument, loader or authorization check. Reading memory cannot outlast a
 * request's deadline, so the runtime calls such fetchers directly, without the deadline's check
 * around every other fetch.
 *
 * @param <T> the type of the value read
 */
public interface PropertyRead<T> extends LightDataFetcher<T> {}
