package dev.kiln.runtime;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The documents that clients registered by automatic persisted queries, parsed and validated,
 * under their hashes. Bounded twice, so that clients cannot grow the server's memory without limit:
 * by a number of entries and by an estimate of the bytes they keep on the heap; past either, the
 * least recently used are dropped. A document larger than the whole byte budget is not kept.
 */
final class RecentDocuments {
  /**
   * What one AST node keeps on the heap, beside the characters of its strings: the node object, its
   * {@code SourceLocation}, its name's {@code String}, and the immutable lists and maps that
   * graphql-java's nodes carry (comments, ignored characters, additional data, children). Measured
   * with graphql-java 26 on JDK 17 (compressed oops), a parsed and validated document of 14,000
   * fields kept about 110 bytes per node after garbage collection; the estimate takes half as much
   * again, for arguments, values and the larger nodes.
   */
  static final long BYTES_PER_NODE = 160;

  /**
   * What a string keeps per character, at most: Java's compact strings use one byte for Latin-1
   * text and two for any other; two, so that the estimate never falls short.
   */
  static final long BYTES_PER_CHAR = 2;

  /** A registered document's text, its parsed, validated form, and the bytes both keep. */
  record Registered(String text, PreparsedDocumentEntry document, long bytes) {
    Registered(String text, PreparsedDocumentEntry document) {
      this(text, document, retainedBytes(text, document));
    }
  }

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<String, Registered> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  RecentDocuments(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  synchronized @Nullable Registered get(String hash) {
    return entries.get(hash);
  }

  /** Keeps {@code entry}, dropping the least recently used until both bounds hold again. */
  synchronized void put(String hash, Registered entry) {
    if (entry.bytes() > maxBytes) {
      return;
    }
    Registered previous = entries.put(hash, entry);
    bytes += entry.bytes() - (previous == null ? 0 : previous.bytes());
    Iterator<Registered> eldest = entries.values().iterator();
    while (entries.size() > maxEntries || bytes > maxBytes) {
      bytes -= eldest.next().bytes();
      eldest.remove();
    }
  }

  /** How many documents are kept. */
  synchronized int size() {
    return entries.size();
  }

  /** The estimated bytes the kept documents hold. */
  synchronized long bytes() {
    return bytes;
  }

  /**
   * An estimate, from above, of the heap that keeping {@code text} and its parsed document holds:
   * the text, the AST's own copies of names, values and comments (at most the text's characters
   * again), and a fixed cost per AST node.
   */
  static long retainedBytes(String text, PreparsedDocumentEntry entry) {
    long characters = 2L * text.length() * BYTES_PER_CHAR;
    Document document = entry.getDocument();
    return characters + (document == null ? 0 : nodes(document) * BYTES_PER_NODE);
  }

  /** The nodes of the tree under {@code root}, counted without recursion. */
  private static long nodes(Node<?> root) {
    Deque<Node<?>> pending = new ArrayDeque<>();
    pending.push(root);
    long count = 0;
    while (!pending.isEmpty()) {
      Node<?> node = pending.pop();
      count++;
      for (Node<?> child : node.getChildren()) {
        pending.push(child);
      }
    }
    return count;
  }
}
