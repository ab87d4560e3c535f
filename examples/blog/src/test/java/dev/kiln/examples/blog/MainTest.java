package dev.kiln.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

  @ParameterizedTest(name = "argument {0}, -Dport={1}: port {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        "none, none, 8080",
        "none, 9090, 9090",
        "7070, 9090, 7070",
        "0, none, 0",
        "65535, none, 65535",
        "65536, none, none",
        "-1, none, none",
        "eighty, none, none",
        "none, eighty, none",
      })
  void thePortIsTheFirstArgumentElseThePortPropertyElse8080(
      @Nullable String argument, @Nullable String property, @Nullable Integer port) {
    String[] args = argument == null ? new String[0] : new String[] {argument};

    assertEquals(port, Main.port(args, property));
  }

  @Test
  void theBannerNamesTheActualPortAndCarriesTheSampleCurlCommand() {
    String banner = Main.banner(8123);

    assertTrue(banner.contains("GraphiQL  http://localhost:8123/graphiql\n"), banner);
    assertTrue(
        banner.contains(
            "  curl -s http://localhost:8123/graphql -H 'Authorization: Bearer ada' -H 'Content-Type: application/json'"
                + " -d '{\"query\":\"" + Main.SAMPLE_QUERY + "\"}'\n"),
        banner);
  }
}
