package dev.kiln.runtime;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The documents that clients registered by automatic persisted queries, parsed and validated,
 * under their hashes. Bounded: past its size the least recently used is dropped, so that clients
 * cannot grow the server's memory without limit.
 */
final class RecentDocuments {
  /** A registered document's text and its parsed, validated form. */
  record Registered(String text, PreparsedDocumentEntry document) {}

  private final Map<String, Registered> entries;

  RecentDocuments(int maxEntries) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Registered> eldest) {
            return size() > maxEntries;
          }
        };
  }

  synchronized @Nullable Registered get(String hash) {
    return entries.get(hash);
  }

  synchronized void put(String hash, Registered entry) {
    entries.put(hash, entry);
  }
}
