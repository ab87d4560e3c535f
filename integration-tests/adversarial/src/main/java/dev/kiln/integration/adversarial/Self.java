package dev.kiln.integration.adversarial;

import dev.kiln.annotations.AuthorizationPolicy;
import org.jspecify.annotations.Nullable;

/** Allows a member's own fields to the member alone. */
public final class Self implements AuthorizationPolicy<Member, @Nullable Viewer> {
  @Override
  public boolean allows(@Nullable Viewer viewer, Member member) {
    return viewer != null && viewer.memberId() == member.id();
  }
}
