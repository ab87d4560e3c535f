package dev.kiln.annotations;

/**
 * A viewer with roles, for {@link Authorized#roles()}: the request's context object implements it.
 * A viewer that does not implement it has no roles.
 */
public interface RoleHolder {

  /** Whether the viewer has {@code role}. */
  boolean hasRole(String role);
}
