/**
 * The annotations that mark Java types and members for Kiln's GraphQL schema. Kiln's annotation
 * processor reads them at compile time; none of them is needed at run time.
 */
package dev.kiln.annotations;
