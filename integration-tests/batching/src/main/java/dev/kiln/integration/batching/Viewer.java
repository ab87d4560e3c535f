package dev.kiln.integration.batching;

/**
 * The user who sends a request: the host passes it as the request's context, and fields and
 * loaders receive it through {@code @Context} parameters. It is not a GraphQL type.
 *
 * @param userId the id of the user
 */
public record Viewer(int userId) {}
