/**
 * The annotations that mark Java types and members for Kiln's GraphQL schema. Kiln's annotation
 * processor reads them at compile time; the annotations are not needed at run time. The two interfaces
 * that {@link dev.kiln.annotations.Authorized} names, {@link dev.kiln.annotations.AuthorizationPolicy}
 * and {@link dev.kiln.annotations.RoleHolder}, are implemented by application classes and are used at
 * run time.
 */
package dev.kiln.annotations;
