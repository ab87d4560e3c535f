package dev.kiln.opentelemetry.library;

import dev.kiln.annotations.BatchLoader;
import dev.kiln.annotations.Query;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The root field and the loader of a small library: three books by two authors. */
public final class Library {
  /** The span current in each call of {@link #authorsById}, in order. */
  public static final List<Span> BATCH_SPANS = new CopyOnWriteArrayList<>();

  private static final Map<Integer, Author> AUTHORS = Map.of(1, new Author(1, "Ursula"), 2, new Author(2, "Italo"));

  /** Every book, in shelf order. */
  @Query
  public List<Book> books() {
    return List.of(new Book(1, "The Dispossessed", 1), new Book(2, "Invisible Cities", 2), new Book(3, "Lathe of Heaven", 1));
  }

  /** The authors with the given numbers. */
  @BatchLoader
  public Map<Integer, Author> authorsById(Set<Integer> ids) {
    BATCH_SPANS.add(Span.current());
    Map<Integer, Author> authors = new TreeMap<>();
    ids.forEach(id -> authors.put(id, AUTHORS.get(id)));
    return authors;
  }
}
