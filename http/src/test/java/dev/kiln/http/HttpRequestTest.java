package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The immutable request view that transports build and context factories read. */
class HttpRequestTest {

  @Test
  void headerNamesAreCaseInsensitiveAndValuesKeepTheirOrder() {
    HttpRequest request =
        HttpRequest.newRequest().method("post").path("/graphql").header("X-Trace", "a").header("x-trace", "b").header("Authorization", "Bearer t").build();

    assertEquals("POST", request.getMethod());
    assertEquals("Bearer t", request.getHeader("AUTHORIZATION"));
    assertEquals(List.of("a", "b"), request.getHeaders("X-TRACE"));
    assertEquals(Map.of("x-trace", List.of("a", "b"), "authorization", List.of("Bearer t")), request.getHeaders());
    assertNull(request.getHeader("Cookie"));
    assertEquals(List.of(), request.getHeaders("Cookie"));
  }

  @Test
  void theRawQueryIsDecodedAsAFormAndKeepsRepeatedParameters() {
    HttpRequest request =
        HttpRequest.newRequest()
            .method("GET")
            .rawQuery("query=%7B+hello+%7D&variables=%7B%22t%22%3A%22%C3%A9%F0%9F%8F%83%22%7D&flag&x=1&x=2&&bad=%zz")
            .build();

    assertEquals("{ hello }", request.getQueryParameter("query"));
    assertEquals("{\"t\":\"é🏃\"}", request.getQueryParameter("variables"));
    assertEquals("", request.getQueryParameter("flag"));
    assertEquals(List.of("1", "2"), request.getQueryParameters().get("x"));
    assertEquals("%zz", request.getQueryParameter("bad"), "a malformed escape is kept as sent");
  }

  @Test
  void theViewCannotBeChanged() {
    HttpRequest request = HttpRequest.newRequest().method("GET").header("A", "1").queryParameter("q", "1").build();

    assertThrows(UnsupportedOperationException.class, () -> request.getHeaders().put("b", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> request.getHeaders("a").add("2"));
    assertThrows(UnsupportedOperationException.class, () -> request.getQueryParameters().get("q").add("2"));
  }
}
