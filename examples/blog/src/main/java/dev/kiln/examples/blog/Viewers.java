package dev.kiln.examples.blog;

import dev.kiln.http.ContextFactory;
import dev.kiln.runtime.ClientValues;
import dev.kiln.http.HttpRequest;
import dev.kiln.http.RequestRejectedException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link Viewer} of each request from its {@code Authorization} header: {@code Bearer
 * ada} signs in as the user {@code ada}. A request without the header is anonymous; one with a
 * header that names no user is refused with {@code 401}.
 *
 * <p>The "token" is the username itself, so that the example can be tried with {@code curl}: a real
 * server would verify a signed token or a session here, in the same place.
 */
public final class Viewers implements ContextFactory {
  private static final String SCHEME = "bearer ";
  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

  private final Database database;

  public Viewers(Database database) {
    this.database = database;
  }

  @Override
  public @Nullable Viewer createContext(HttpRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null) {
      return null;
    }
    if (!authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      throw new RequestRejectedException(
          401, "The Authorization header must be \"Bearer <username>\", such as \"Bearer ada\".", CHALLENGE);
    }
    String username = authorization.substring(SCHEME.length()).strip();
    String sql = "SELECT id, username, name FROM users WHERE username = ?";
    List<User> users = database.query(sql, List.of(username), BlogLoaders::user);
    if (users.isEmpty()) {
      throw new RequestRejectedException(401, "No user is called " + ClientValues.shown(username) + ".", CHALLENGE);
    }
    return new Viewer(users.get(0));
  }
}
