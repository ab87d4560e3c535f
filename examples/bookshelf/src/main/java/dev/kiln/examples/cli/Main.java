package dev.kiln.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionResult;
import java.io.PrintStream;

/**
 * Runs one GraphQL query against the bookshelf and prints the result as JSON.
 *
 * <pre>
 * ./mvnw -q -pl examples/bookshelf -am compile exec:java -Dexec.args="{ books { title author { name } } }"
 * </pre>
 *
 * <p>The arguments are joined with spaces, so the query need not be quoted as one argument. The
 * exit status is 0 for a result without errors, 1 for a result with errors and 2 for a missing
 * query.
 */
public final class Main {
  static final int OK = 0;
  static final int RESULT_HAS_ERRORS = 1;
  static final int USAGE_ERROR = 2;

  private static final String USAGE =
      "usage: Main QUERY...\n"
          + "Runs the GraphQL query (the arguments joined with spaces) against the bookshelf.\n"
          + "example: Main '{ books { title author { name } } }'";

  private Main() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    // Exit only on failure: under `mvn exec:java` the program shares Maven's JVM.
    if (status != OK) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String query = String.join(" ", args).strip();
    if (query.isEmpty()) {
      err.println(USAGE);
      return USAGE_ERROR;
    }
    ExecutionResult result = Kiln.newKiln().build().execute(KilnRequest.of(query));
    out.println(toJson(result));
    return result.getErrors().isEmpty() ? OK : RESULT_HAS_ERRORS;
  }

  private static String toJson(ExecutionResult result) {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result.toSpecification());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A GraphQL result is always JSON; this one was not: " + result, e);
    }
  }
}
