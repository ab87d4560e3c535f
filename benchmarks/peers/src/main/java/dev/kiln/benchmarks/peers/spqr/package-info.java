/** The execution benchmarks' domain, annotated for SPQR. */
package dev.kiln.benchmarks.peers.spqr;
