package dev.kiln.integration.library;

import dev.kiln.annotations.DefaultValue;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * Someone who asks for a library card.
 *
 * @param name the reader's name
 * @param contact how to reach the reader
 * @param favourites the genres the reader likes, for recommendations
 * @param newsletter whether the reader wants the monthly newsletter
 */
@NullMarked
public record NewReader(String name, Contact contact, List<Genre> favourites, @DefaultValue("true") boolean newsletter) {}
