/**
 * What every benchmarked implementation shares: the query shapes, the values of their data, the
 * results they must produce, and the generator of the startup schemas' sources.
 */
package dev.kiln.benchmarks.common;
