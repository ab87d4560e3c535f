package dev.kiln.benchmarks.common;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a whole process, as the startup and compile-time benchmarks time it. */
public final class Processes {
  private Processes() {}

  /** The {@code java} command of the running JVM, with its class path, starting {@code mainClass}. */
  public static List<String> java(Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs {@code command} to its end, its output going to {@code log}, and fails with that output if
   * it exits other than with 0.
   */
  public static void run(List<String> command, Path log) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            "Exit code " + exit + " from " + abbreviate(String.join(" ", command)) + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.get(0), e);
    }
  }

  /** A new temporary file for a process's output. */
  public static Path logFile() {
    try {
      File file = File.createTempFile("kiln-bench", ".log");
      file.deleteOnExit();
      return file.toPath();
    } catch (IOException e) {
      throw new IllegalStateException("Could not create a temporary file", e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
