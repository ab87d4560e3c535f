package dev.kiln.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long each stage of the processor took in one compilation, for {@code -Akiln.timings=true}:
 * where the processor's share of a build goes, measured where it is spent.
 */
public final class StageTimes {
  private final boolean enabled;
  private final long started = System.nanoTime();
  private final List<String> stages = new ArrayList<>();

  public StageTimes(boolean enabled) {
    this.enabled = enabled;
  }

  /** Runs {@code stage}, and records how long it took under {@code name}. */
  public <T> T time(String name, Supplier<T> stage) {
    long start = System.nanoTime();
    try {
      return stage.get();
    } finally {
      stages.add(String.format(Locale.ROOT, "%s %,d ms", name, (System.nanoTime() - start) / 1_000_000));
    }
  }

  /** Runs {@code stage}, and records how long it took under {@code name}. */
  public void time(String name, Runnable stage) {
    time(
        name,
        () -> {
          stage.run();
          return null;
        });
  }

  /** Reports the stages as one note, if timings were asked for. */
  public void report(Diagnostics diagnostics, int types, int files) {
    if (enabled) {
      diagnostics.note(Message.TIMINGS, types, files, (System.nanoTime() - started) / 1_000_000, String.join(", ", stages));
    }
  }
}
