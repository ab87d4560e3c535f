// Book.java
package com.example.shelf;

import dev.kiln.annotations.GraphQLType;

/**
 * A book on the shelf.
 *
 * @param title the title as printed on the cover
 * @param author who wrote it
 * @param year the year it was first published
 * @param format how this copy is bound
 */
@GraphQLType
public record Book(String title, Author author, int year, Format format) {}
