package dev.kiln.runtime.scalars;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.function.Function;

/**
 * {@code URL}: an absolute URI, one with a scheme. Results are written with {@link
 * URI#toASCIIString()}, percent-encoding any character outside ASCII, because RFC 3986 allows only
 * ASCII; inputs are whatever {@link URI} parses, as long as it has a scheme.
 */
final class UrlCoercing extends StringScalarCoercing<URI> {

  UrlCoercing() {
    super(NAME);
  }

  private static final String NAME = "URL";

  @Override
  String format(Object input, Function<String, RuntimeException> error) {
    if (input instanceof URI uri) {
      return absolute(uri, uri, error).toASCIIString();
    }
    if (!(input instanceof URL url)) {
      throw error.apply(CoercionMessages.notConvertible(NAME, input));
    }
    try {
      return absolute(url.toURI(), url, error).toASCIIString();
    } catch (URISyntaxException notRfc3986) {
      throw error.apply(invalidUrl(url));
    }
  }

  @Override
  URI fromString(String text, Function<String, RuntimeException> error) {
    try {
      return absolute(new URI(text), text, error);
    } catch (URISyntaxException notRfc3986) {
      throw error.apply(invalidUrl(text));
    }
  }

  private static URI absolute(URI uri, Object shown, Function<String, RuntimeException> error) {
    if (!uri.isAbsolute()) {
      throw error.apply(invalidUrl(shown));
    }
    return uri;
  }

  private static String invalidUrl(Object shown) {
    return CoercionMessages.invalid("an absolute URL with a scheme, like 'https://example.com/',", NAME, shown);
  }
}
