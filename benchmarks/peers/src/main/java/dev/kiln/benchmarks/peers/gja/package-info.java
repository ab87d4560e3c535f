/** The execution benchmarks' domain, annotated for graphql-java-annotations. */
package dev.kiln.benchmarks.peers.gja;
