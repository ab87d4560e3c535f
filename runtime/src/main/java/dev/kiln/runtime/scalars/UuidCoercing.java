package dev.kiln.runtime.scalars;

import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code UUID}: a string of 32 hexadecimal digits grouped 8-4-4-4-12. Results use lowercase; inputs
 * may use either case but must have exactly that shape, which {@link UUID#fromString} alone does
 * not check (it takes {@code "1-2-3-4-5"}).
 */
final class UuidCoercing extends StringScalarCoercing<UUID> {

  UuidCoercing() {
    super(NAME);
  }

  private static final String NAME = "UUID";
  private static final Pattern CANONICAL =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  String format(Object value, Function<String, RuntimeException> error) {
    if (!(value instanceof UUID uuid)) {
      throw error.apply(CoercionMessages.notConvertible(NAME, value));
    }
    return uuid.toString();
  }

  @Override
  UUID fromString(String text, Function<String, RuntimeException> error) {
    if (!CANONICAL.matcher(text).matches()) {
      throw error.apply(CoercionMessages.invalid(
          "a UUID of the form 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'", NAME, text));
    }
    return UUID.fromString(text);
  }
}
