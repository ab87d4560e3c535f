// Author.java
package com.example.shelf;

import dev.kiln.annotations.GraphQLType;
import org.jspecify.annotations.Nullable;

/**
 * Someone who writes books.
 *
 * @param name the name as printed on the cover
 * @param country where the author was born, if known
 */
@GraphQLType
public record Author(String name, @Nullable String country) {}
