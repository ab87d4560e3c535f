/**
 * JMH benchmarks of SPQR and graphql-java-annotations on graphql-java 21, the version both are
 * built against, with the same shapes, data and generated schemas as Kiln's benchmarks.
 */
package dev.kiln.benchmarks.peers;
