package dev.kiln.integration.library;

import dev.kiln.annotations.GraphQLType;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A reader with a library card.
 *
 * @param card the card's number
 * @param name the reader's name
 * @param email where to write
 * @param phone where to call, if known
 * @param favourites the genres the reader likes
 * @param newsletter whether the reader gets the newsletter
 */
@NullMarked
@GraphQLType
public record Reader(int card, String name, String email, @Nullable String phone, List<Genre> favourites, boolean newsletter) {}
