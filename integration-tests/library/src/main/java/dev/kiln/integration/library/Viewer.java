package dev.kiln.integration.library;

/**
 * The reader who sends a request: the host passes it as the request's context, and fields receive
 * it through {@code @Context} parameters. It is not a GraphQL type.
 *
 * @param name the reader's user name
 */
public record Viewer(String name) {}
