package dev.kiln.integration.adversarial;

import org.jspecify.annotations.Nullable;

/**
 * Which members a search finds: those whose name contains {@code name}, unless {@code not} finds
 * them.
 *
 * @param name a part of the name to look for, if any
 * @param not a filter whose members are left out, if any
 */
public record Filter(@Nullable String name, @Nullable Filter not) {}
