package dev.kiln.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class GraphiQLPageTest {

  @Test
  void graphiqlIsServedAtSlashGraphiqlAndPointedAtTheEndpoint() throws Exception {
    try (RunningBlog blog = new RunningBlog()) {
      HttpResponse<String> page = blog.get("/graphiql");

      assertEquals(200, page.statusCode());
      assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(page.body().startsWith("<!DOCTYPE html>"), page.body());
      assertTrue(page.body().contains("data-endpoint=\"/graphql\""), page.body());
    }
  }
}
