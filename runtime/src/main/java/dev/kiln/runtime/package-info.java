/**
 * Kiln's runtime: {@link dev.kiln.runtime.Kiln} loads the wiring that Kiln's annotation processor
 * generated and executes GraphQL requests with graphql-java.
 */
@NullMarked
package dev.kiln.runtime;

import org.jspecify.annotations.NullMarked;
