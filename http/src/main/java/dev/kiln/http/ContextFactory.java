package dev.kiln.http;

import org.jspecify.annotations.Nullable;

/**
 * Builds the context object of a request (the <i>viewer</i>, who is asking), which Kiln passes to
 * {@code @Context} parameters and batch loaders: typically from the {@code Authorization} header.
 *
 * <pre>{@code
 * ContextFactory viewers = request -> {
 *   String authorization = request.getHeader("Authorization");
 *   if (authorization == null) {
 *     return Viewer.anonymous();
 *   }
 *   return sessions.viewerFor(authorization)
 *       .orElseThrow(() -> new RequestRejectedException(401, "The access token is not valid.",
 *           Map.of("WWW-Authenticate", "Bearer")));
 * };
 * }</pre>
 *
 * <p>It is called once per GraphQL request, after the method and {@code Accept} header are checked
 * and before the body is read. It runs on the transport's request thread and must be thread-safe.
 */
@FunctionalInterface
public interface ContextFactory {

  /**
   * The context object for {@code request}, or {@code null} for none.
   *
   * @throws RequestRejectedException to refuse the request with that status and message, such as
   *     {@code 401} for a missing or invalid token. Any other exception is answered with status
   *     {@code 500} and a masked {@code "Internal error"}, and logged with its error id.
   */
  @Nullable Object createContext(HttpRequest request);
}
