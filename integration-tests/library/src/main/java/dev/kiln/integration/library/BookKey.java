package dev.kiln.integration.library;

import dev.kiln.annotations.OneOf;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One way to name a book: set exactly one.
 *
 * @param id the book's catalog number
 * @param isbn the book's ISBN
 */
@NullMarked
@OneOf
public record BookKey(@Nullable Integer id, @Nullable Isbn isbn) {}
