package dev.kiln.integration.adversarial;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Node;
import org.jspecify.annotations.Nullable;

/**
 * A member of the network.
 *
 * @param id the member's number
 * @param name what the member is called
 */
@GraphQLType
@Node(loader = "membersById")
public record Member(@Id long id, String name) implements Contactable {

  @Override
  public @Nullable String email() {
    return name + "@example.net";
  }
}
