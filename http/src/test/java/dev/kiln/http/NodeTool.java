package dev.kiln.http;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node scripts in {@code src/test/js}, whose dependencies the build installed with
 * {@code npm ci} before the tests.
 */
public final class NodeTool {
  private static final Path DIRECTORY = Path.of(System.getProperty("kiln.http.nodeTools", "src/test/js"));

  private NodeTool() {}

  /** The script's exit code and what it printed. */
  public record Result(int exitCode, String stdout, String stderr) {}

  public static Result run(String script, String... arguments) {
    assertTrue(
        Files.isDirectory(DIRECTORY.resolve("node_modules")),
        "npm ci has not run in " + DIRECTORY + "; run the build through Maven (./mvnw -pl http verify)");
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).directory(DIRECTORY.toFile()).start();
      CompletableFuture<String> stdout = readAsync(process.getInputStream());
      CompletableFuture<String> stderr = readAsync(process.getErrorStream());
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("node " + script + " did not finish in 90 s; it printed: " + stderr.getNow(""));
      }
      return new Result(process.exitValue(), stdout.join(), stderr.join());
    } catch (IOException cannotStart) {
      throw new UncheckedIOException("Could not run node; the HTTP module's tests need Node 20 on the PATH.", cannotStart);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static CompletableFuture<String> readAsync(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException failed) {
            throw new UncheckedIOException(failed);
          }
        });
  }
}
