/**
 * JMH benchmarks for Kiln: how long building the schema takes at startup. See {@code
 * docs/benchmarks.md} for how to run them and the latest results.
 */
@NullMarked
package dev.kiln.benchmarks;

import org.jspecify.annotations.NullMarked;
