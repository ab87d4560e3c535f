package dev.kiln.integration.adversarial;

import dev.kiln.annotations.Authorized;
import dev.kiln.annotations.Denied;
import dev.kiln.annotations.Field;
import org.jspecify.annotations.Nullable;

/** Something that can be written to. Not a GraphQL type itself: its field is inherited. */
public interface Contactable {

  // Member overrides it without repeating @Authorized, and the check still holds.
  /** Where to write to the member: shown to the member alone. */
  @Field
  @Authorized(policy = Self.class, denied = Denied.NULL)
  @Nullable String email();
}
