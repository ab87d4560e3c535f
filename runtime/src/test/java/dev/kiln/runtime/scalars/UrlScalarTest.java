package dev.kiln.runtime.scalars;

import static dev.kiln.runtime.scalars.ScalarCalls.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlScalarTest {

  private static final ScalarCalls URLS = ScalarCalls.of(KilnScalars.URL);
  private static final String FORM =
      "Expected an absolute URL with a scheme, like 'https://example.com/', for type 'URL' but it was '%s'";

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.com",
      "https://example.com:8080/api?key=value#section",
      "ftp://files.example.com/document.pdf",
      "mailto:someone@example.com",
      "urn:isbn:0451450523",
      "https://example.com/a%20b",
      "http://[2001:db8::1]/"})
  void writesParsesAndRoundTripsAbsoluteUrls(String url) throws MalformedURLException {
    URI uri = URI.create(url);
    assertEquals(url, URLS.serialize(uri));
    assertEquals(uri, URLS.parseValue(url));
    assertEquals(uri, URLS.parseLiteral(StringValue.of(url)));
    assertEquals('"' + url + '"', URLS.valueToLiteral(uri));
    assertEquals('"' + url + '"', URLS.valueToLiteral(url));
  }

  @Test
  void serializesJavaNetUrlsToo() throws MalformedURLException {
    assertEquals("https://example.com/path?q=1", URLS.serialize(new URL("https://example.com/path?q=1")));
  }

  static Stream<Arguments> nonAscii() {
    return Stream.of(
        arguments("https://example.com/caf\u00e9", "https://example.com/caf%C3%A9"),
        arguments("https://example.com/?q=\u2603", "https://example.com/?q=%E2%98%83"));
  }

  @ParameterizedTest
  @MethodSource("nonAscii")
  void percentEncodesCharactersOutsideAsciiInResults(String input, String expected) {
    assertEquals(expected, URLS.serialize(URLS.parseValue(input)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "example.com",
      "//example.com/path",
      "/path/to/resource",
      "#section",
      "http://",
      "https:",
      "http://exam ple.com",
      "ht!tp://example.com",
      "https://example.com/<script>",
      ""})
  void refusesStringsThatAreNotAbsoluteUrls(String input) {
    assertRejected(CoercingParseValueException.class, FORM.formatted(input), () -> URLS.parseValue(input));
    assertRejected(CoercingParseLiteralException.class, FORM.formatted(input),
        () -> URLS.parseLiteral(StringValue.of(input)));
  }

  @Test
  void refusesToSerializeRelativeUrisAndUrlsThatAreNotRfc3986() throws MalformedURLException {
    assertRejected(CoercingSerializeException.class, FORM.formatted("/relative"),
        () -> URLS.serialize(URI.create("/relative")));
    assertRejected(CoercingSerializeException.class, FORM.formatted("https://example.com/a b"),
        () -> URLS.serialize(new URL("https://example.com/a b")));
  }

  @Test
  void refusesValuesAndLiteralsOfOtherTypes() {
    assertRejected(CoercingSerializeException.class,
        "Expected a value of type 'URL' but it was \"https://example.com\"",
        () -> URLS.serialize("https://example.com"));
    assertRejected(CoercingParseValueException.class,
        "Expected a value of type 'URL' but it was true",
        () -> URLS.parseValue(true));
    assertRejected(CoercingParseLiteralException.class,
        "Expected a string literal but it was 1",
        () -> URLS.parseLiteral(IntValue.of(1)));
  }
}
