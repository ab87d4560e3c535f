package dev.kiln.integration.adversarial;

/**
 * The member who sends a request: the host passes it as the request's context.
 *
 * @param memberId the id of the member sending the request
 */
public record Viewer(long memberId) {}
