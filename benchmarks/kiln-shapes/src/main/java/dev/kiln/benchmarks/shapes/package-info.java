/** The execution benchmarks' domain, annotated for Kiln: the same types every implementation serves. */
package dev.kiln.benchmarks.shapes;
