package dev.kiln.benchmarks;

import dev.kiln.benchmarks.common.SchemaSourceGenerator;
import graphql.ExecutionResult;
import graphql.GraphQL;
import java.io.IOException;

/**
 * A program that builds the engine for a generated schema, answers its first query and exits: what
 * {@link FirstQueryBenchmark} times, from the start of its JVM to its end.
 *
 * <p>Usage: {@code FirstQuery kiln|sdl TYPES}.
 */
public final class FirstQuery {
  private FirstQuery() {}

  public static void main(String[] args) throws IOException {
    int types = Integer.parseInt(args[1]);
    GraphQL graphQL =
        switch (args[0]) {
          case "kiln" -> StartupWiring.kiln(types);
          case "sdl" -> StartupWiring.sdl(types, ExecutionBenchmark.readResource(StartupSchemas.sdlResource(types)));
          default -> throw new IllegalArgumentException("No way \"" + args[0] + "\"; expected kiln or sdl.");
        };
    ExecutionResult result = graphQL.execute(SchemaSourceGenerator.FIRST_QUERY);
    if (!result.getErrors().isEmpty() || !SchemaSourceGenerator.FIRST_RESULT.equals(result.getData())) {
      throw new IllegalStateException("Wrong first answer: " + result.toSpecification());
    }
  }
}
