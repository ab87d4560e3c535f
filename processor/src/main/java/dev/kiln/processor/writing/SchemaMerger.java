package dev.kiln.processor.writing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges schemas that {@link SdlWriter} printed, one per module, into the schema of them all: the
 * fields of each root type together, in module order, and every other type once, by name. It
 * relies on the printer's layout: each definition ends with a line that is just {@code "}"}.
 */
final class SchemaMerger {
  private static final Pattern HEADER = Pattern.compile("^(type|enum|input|interface|union|scalar) ([_A-Za-z][_0-9A-Za-z]*)\\b.*");
  private static final List<String> ROOTS = List.of("Query", "Mutation", "Subscription");

  private SchemaMerger() {}

  static String merge(List<String> schemas) {
    Map<String, List<String>> rootFields = new LinkedHashMap<>();
    ROOTS.forEach(root -> rootFields.put(root, new ArrayList<>()));
    Map<String, String> types = new TreeMap<>();
    for (String schema : schemas) {
      for (List<String> definition : definitions(schema)) {
        String name = name(definition);
        if (rootFields.containsKey(name)) {
          rootFields.get(name).addAll(definition.subList(1, definition.size() - 1));
        } else {
          types.putIfAbsent(name, String.join("\n", definition) + "\n");
        }
      }
    }
    rootFields.put("Query", NodeSdl.withRootFieldsLast(rootFields.get("Query")));
    List<String> blocks = new ArrayList<>();
    rootFields.forEach(
        (root, fields) -> {
          if (!fields.isEmpty()) {
            blocks.add("type " + root + " {\n" + String.join("\n", fields) + "\n}\n");
          }
        });
    blocks.addAll(types.values());
    return String.join("\n", blocks);
  }

  private static List<List<String>> definitions(String schema) {
    List<List<String>> definitions = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : schema.split("\n", -1)) {
      if (current.isEmpty() && line.isEmpty()) {
        continue;
      }
      current.add(line);
      if (line.equals("}") || line.startsWith("scalar ") || line.startsWith("union ")) {
        definitions.add(current);
        current = new ArrayList<>();
      }
    }
    return definitions;
  }

  private static String name(List<String> definition) {
    for (String line : definition) {
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        return header.group(2);
      }
    }
    throw new IllegalArgumentException("No type definition in: " + definition);
  }
}
