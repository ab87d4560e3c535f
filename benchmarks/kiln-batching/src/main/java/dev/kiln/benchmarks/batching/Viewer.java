package dev.kiln.benchmarks.batching;

/**
 * The user sending the request, passed as the request's context.
 *
 * @param userId the user's number
 */
public record Viewer(int userId) {}
