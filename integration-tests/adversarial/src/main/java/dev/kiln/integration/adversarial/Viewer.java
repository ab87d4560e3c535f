package dev.kiln.integration.adversarial;

import dev.kiln.annotations.RoleHolder;
import java.util.Set;

/**
 * The member who sends a request: the host passes it as the request's context.
 *
 * @param memberId the id of the member sending the request
 * @param roles what the member may do beyond what every member may, such as {@code "moderator"}
 */
public record Viewer(long memberId, Set<String> roles) implements RoleHolder {

  /** A member with no roles. */
  public Viewer(long memberId) {
    this(memberId, Set.of());
  }

  @Override
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
