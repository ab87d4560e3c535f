package dev.kiln.integration.library;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import org.jspecify.annotations.NonNull;

/**
 * A reader's opinion of a book.
 *
 * @param id the review's number; later reviews have higher numbers
 * @param rating from 1 (poor) to 5 (excellent)
 * @param text what the reader wrote, if anything
 * @param reviewer the name of the reader who wrote the review
 */
@GraphQLType
public record Review(@Id int id, int rating, String text, @NonNull String reviewer) {}
