/**
 * The batching benchmarks' domain, annotated for Kiln: a playlist of 50 tracks with whether the
 * viewer liked each, and owners with pets with friends. Every field that reaches the {@link
 * dev.kiln.benchmarks.batching.Backend} exists twice, batched and naive ({@code …Naive}), so that
 * one schema serves both.
 */
package dev.kiln.benchmarks.batching;
