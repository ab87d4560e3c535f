package dev.kiln.processor.operations;

import dev.kiln.processor.model.GraphQLStrings;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the manifest of persisted operations that {@code dev.kiln.runtime.PersistedOperations}
 * reads: one JSON object from each document's hash to its operation names and text, sorted by
 * hash, in ASCII (other characters escaped), so that the same documents give the same bytes.
 */
public final class ManifestWriter {
  private ManifestWriter() {}

  public static String write(List<OperationDocument> documents) {
    StringBuilder out = new StringBuilder("{");
    List<OperationDocument> sorted = documents.stream().sorted(Comparator.comparing(OperationDocument::hash)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      OperationDocument document = sorted.get(i);
      out.append(i == 0 ? "\n" : ",\n");
      out.append("  ").append(GraphQLStrings.quoteAscii(document.hash())).append(": {\n");
      out.append("    \"operations\": [");
      out.append(String.join(", ", document.operationNames().stream().map(GraphQLStrings::quoteAscii).toList()));
      out.append("],\n");
      out.append("    \"document\": ").append(GraphQLStrings.quoteAscii(document.text())).append("\n  }");
    }
    return out.append(sorted.isEmpty() ? "}\n" : "\n}\n").toString();
  }
}
