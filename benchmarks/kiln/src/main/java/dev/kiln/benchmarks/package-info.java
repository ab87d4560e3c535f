/**
 * JMH benchmarks for Kiln on graphql-java 26: execution beside hand-written and reflective wiring,
 * parsing and validation, schema building and startup, batching, and the processor's cost at
 * compile time. {@code benchmarks/run.sh} runs them all; see {@code docs/benchmarks.md} for the
 * results.
 */
@NullMarked
package dev.kiln.benchmarks;

import org.jspecify.annotations.NullMarked;
