package dev.kiln.benchmarks;

import dev.kiln.benchmarks.batching.Backend;
import dev.kiln.benchmarks.batching.BatchingShapes;
import dev.kiln.runtime.DataLoaderDispatch;
import dev.kiln.runtime.Kiln;
import graphql.ExecutionResult;

/**
 * Prints, as a Markdown table, how many backend calls each query of {@link BatchingBenchmark} makes,
 * for batched fields under each dispatch strategy and for naive fields.
 */
public final class BatchingCalls {
  private BatchingCalls() {}

  public static void main(String[] args) {
    System.out.println("| query | batched, CHAINED | batched, EXHAUSTED | batched, PER_LEVEL | naive (N+1) |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (String shape : new String[] {"playlist", "owners"}) {
      StringBuilder row = new StringBuilder("| `" + shape + "` |");
      for (DataLoaderDispatch dispatch : DataLoaderDispatch.values()) {
        row.append(' ').append(calls(shape, true, dispatch)).append(" |");
      }
      row.append(' ').append(calls(shape, false, DataLoaderDispatch.CHAINED)).append(" |");
      System.out.println(row);
    }
  }

  private static long calls(String shape, boolean batched, DataLoaderDispatch dispatch) {
    Backend backend = new Backend(0);
    Kiln kiln = BatchingBenchmark.kiln(backend, dispatch);
    ExecutionResult result = kiln.execute(BatchingBenchmark.request(BatchingShapes.query(shape, batched)));
    if (!result.getErrors().isEmpty()) {
      throw new IllegalStateException("The " + shape + " query failed: " + result.getErrors());
    }
    return backend.calls();
  }
}
