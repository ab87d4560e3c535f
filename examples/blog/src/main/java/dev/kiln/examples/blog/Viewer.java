package dev.kiln.examples.blog;

/**
 * The user who sends a request, found by {@link Viewers} from its {@code Authorization} header. It
 * is the request's context object, which {@code @Context} parameters receive; an anonymous request
 * has none. It is not a GraphQL type.
 *
 * @param user the signed-in user
 */
public record Viewer(User user) {}
