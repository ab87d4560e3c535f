package dev.kiln.integration.library;

import dev.kiln.annotations.RoleHolder;
import java.util.Set;

/**
 * The reader who sends a request: the host passes it as the request's context, and fields receive
 * it through {@code @Context} parameters. It is not a GraphQL type.
 *
 * @param name the reader's user name
 * @param roles what the reader may do beyond reading, such as "librarian"
 */
public record Viewer(String name, Set<String> roles) implements RoleHolder {

  public Viewer {
    roles = Set.copyOf(roles);
  }

  /** A reader without roles. */
  public Viewer(String name) {
    this(name, Set.of());
  }

  @Override
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
