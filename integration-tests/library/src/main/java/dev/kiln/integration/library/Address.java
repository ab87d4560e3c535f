package dev.kiln.integration.library;

import dev.kiln.annotations.GraphQLType;
import org.jspecify.annotations.NonNull;

/**
 * A postal address.
 *
 * @param street the street and house number
 * @param city the city or town
 * @param postalCode the postal code
 */
@GraphQLType
public record Address(String street, String city, @NonNull String postalCode) {}
