package dev.kiln.integration.batching;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Views of a {@link Database}'s statement log that tests compare. */
final class Statements {
  private Statements() {}

  /** How often each SQL text occurs, in the form of {@link Database#executionCountsFromH2()}. */
  static Map<String, Long> countsBySql(List<ExecutedStatement> statements) {
    return statements.stream()
        .collect(Collectors.groupingBy(ExecutedStatement::sql, TreeMap::new, Collectors.counting()));
  }

  /** Each statement as {@code SQL [parameters]}. */
  static List<String> texts(List<ExecutedStatement> statements) {
    return statements.stream().map(ExecutedStatement::toString).toList();
  }

  /** The statements that read {@code table}, in the order they ran. */
  static List<ExecutedStatement> reading(String table, List<ExecutedStatement> statements) {
    return statements.stream().filter(statement -> statement.sql().contains(" FROM " + table + " ")).toList();
  }
}
