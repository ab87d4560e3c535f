package dev.kiln.integration.adversarial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One attack on the network's endpoint, and the exact answer it must get.
 *
 * @param name what the attack is, for the test report
 * @param query the document sent
 * @param operationName the operation to run, if named
 * @param variables the variables sent
 * @param expected the whole answer, as JSON
 * @param overHttp whether HTTP can carry it to the runtime (a JSON body nested 3,000 deep is
 *     refused by the HTTP layer first; {@code HttpAttacks} sends that)
 */
record Attack(
    String name, String query, @Nullable String operationName, Map<String, Object> variables, String expected, boolean overHttp) {

  @Override
  public String toString() {
    return name;
  }

  static Attack of(String name, String query, String expected) {
    return new Attack(name, query, null, Map.of(), expected, true);
  }

  /** {@code { member(id: 1) { followers { followers { ... name } } } }}, {@code depth} fields deep. */
  static String nested(int depth) {
    StringBuilder query = new StringBuilder("{ member(id: 1) {");
    for (int i = 2; i < depth; i++) {
      query.append(" followers {");
    }
    query.append(" name");
    query.append(" }".repeat(depth - 1)).append(" }");
    return query.toString();
  }

  /** {@code count} copies of {@code field}, each under its own alias. */
  static String aliased(String field, int count) {
    StringBuilder selections = new StringBuilder();
    for (int i = 0; i < count; i++) {
      selections.append(" a").append(i).append(": ").append(field);
    }
    return selections.toString();
  }

  /**
   * Fragments {@code F0} to {@code F<levels>}, each spreading the next twice below a field, so that
   * spreading every fragment where it is used would visit 2^levels fields.
   */
  static String fragmentExplosion(int levels) {
    StringBuilder document = new StringBuilder("{ member(id: 1) { ...F0 } }");
    for (int i = 0; i < levels; i++) {
      document
          .append(" fragment F").append(i).append(" on Member {")
          .append(" followers(first: 2) { ...F").append(i + 1).append(" }")
          .append(" again: followers(first: 2) { ...F").append(i + 1).append(" } }");
    }
    document.append(" fragment F").append(levels).append(" on Member { name }");
    return document.toString();
  }

  /** A filter nested {@code depth} levels deep through {@code not}. */
  static Map<String, Object> deepFilter(int depth) {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("name", "member");
    for (int i = 1; i < depth; i++) {
      Map<String, Object> outer = new LinkedHashMap<>();
      outer.put("not", filter);
      filter = outer;
    }
    return filter;
  }

  static List<String> repeat(String text, int count) {
    List<String> copies = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      copies.add(text);
    }
    return copies;
  }
}
