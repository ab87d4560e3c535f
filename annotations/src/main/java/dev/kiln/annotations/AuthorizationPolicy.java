package dev.kiln.annotations;

/**
 * Decides whether a viewer may see a field on a source object; named by {@link
 * Authorized#policy()}. Kiln checks at compile time that {@code S} fits the type the field belongs
 * to and that {@code V} fits the configured context type ({@code -Akiln.contextType}).
 *
 * @param <S> the object the field is resolved on; for a root field ({@code Query}, {@code
 *     Mutation}, {@code Subscription}) {@code Void} or {@code Object}, and the source is {@code
 *     null}
 * @param <V> the viewer: the request's context object
 */
public interface AuthorizationPolicy<S, V> {

  /**
   * Whether {@code viewer} may see the field on {@code source}.
   *
   * @param viewer the request's context object; {@code null} for an anonymous request, or when the
   *     context is not a {@code V}
   * @param source the object the field is resolved on; {@code null} for a root field
   */
  boolean allows(V viewer, S source);
}
