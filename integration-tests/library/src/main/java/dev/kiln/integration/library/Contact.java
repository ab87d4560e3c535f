package dev.kiln.integration.library;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a reader.
 *
 * @param email where to write
 * @param phone where to call, if the reader gave a number
 */
@NullMarked
public record Contact(String email, @Nullable String phone) {}
