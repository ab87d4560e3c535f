package dev.kiln.benchmarks.peers;

import dev.kiln.benchmarks.common.SchemaSourceGenerator;
import graphql.ExecutionResult;
import graphql.GraphQL;

/**
 * Builds the engine for a generated schema with SPQR or graphql-java-annotations, answers the first
 * query and exits; {@link PeerFirstQueryBenchmark} times it. Usage: {@code PeerFirstQuery
 * spqr|annotations TYPES}.
 */
public final class PeerFirstQuery {
  private PeerFirstQuery() {}

  public static void main(String[] args) {
    int types = Integer.parseInt(args[1]);
    GraphQL graphQL =
        switch (args[0]) {
          case "spqr" -> PeerSchemas.spqr(types);
          case "annotations" -> PeerSchemas.annotations(types);
          default -> throw new IllegalArgumentException("No peer \"" + args[0] + "\"; expected spqr or annotations.");
        };
    ExecutionResult result = graphQL.execute(SchemaSourceGenerator.FIRST_QUERY);
    if (!result.getErrors().isEmpty() || !SchemaSourceGenerator.FIRST_RESULT.equals(result.getData())) {
      throw new IllegalStateException("Wrong first answer: " + result.toSpecification());
    }
  }
}
