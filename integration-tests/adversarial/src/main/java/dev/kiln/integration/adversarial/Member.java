package dev.kiln.integration.adversarial;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/**
 * A member of the network.
 *
 * @param id the member's number
 * @param name what the member is called
 */
@GraphQLType
public record Member(@Id long id, String name) {}
