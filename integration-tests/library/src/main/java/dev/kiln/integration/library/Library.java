package dev.kiln.integration.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The library's data, kept in memory: a fixed sample catalog, so that every query has one right
 * answer. Each {@link LibraryApi} starts from a fresh copy, so a mutation never leaks from one
 * Kiln instance into another.
 */
@NullMarked
public final class Library {
  private final Map<String, Author> authors = new LinkedHashMap<>();
  private final Map<Integer, Book> books = new LinkedHashMap<>();
  private final List<Branch> branches = new ArrayList<>();
  private final Map<String, List<Loan>> loansByReader = new LinkedHashMap<>();
  private int lastReviewId;

  private Library() {}

  /** The sample catalog: six books by six authors, two branches, two readers with loans. */
  public static Library sample() {
    Library library = new Library();
    Author leGuin = library.author("le-guin", "Ursula K. Le Guin", 1929);
    Author butler = library.author("butler", "Octavia E. Butler", 1947);
    Author pratchett = library.author("pratchett", "Terry Pratchett", 1948);
    Author gaiman = library.author("gaiman", "Neil Gaiman", 1960);
    Author christie = library.author("christie", "Agatha Christie", 1890);
    Author beard = library.author("beard", "Mary Beard", 1955);

    Book earthsea =
        library.book(new Book(1, "A Wizard of Earthsea", null, 1968, List.of(leGuin),
            EnumSet.of(Genre.FANTASY), List.of("magic", "coming of age"), "9780547773742", 3));
    Book dispossessed =
        library.book(new Book(2, "The Dispossessed", "An Ambiguous Utopia", 1974, List.of(leGuin),
            EnumSet.of(Genre.SCIENCE_FICTION), List.of("anarchism", "physics"), "9780061054884", 0));
    Book kindred =
        library.book(new Book(3, "Kindred", null, 1979, List.of(butler),
            EnumSet.of(Genre.SCIENCE_FICTION, Genre.HISTORY), List.of("time travel", "slavery"),
            "9780807083697", 2));
    // The inventory has lost its record of Good Omens: asking for its copies fails.
    Book goodOmens =
        library.book(new Book(4, "Good Omens", "The Nice and Accurate Prophecies of Agnes Nutter, Witch",
            1990, List.of(pratchett, gaiman), EnumSet.of(Genre.FANTASY),
            List.of("apocalypse", "comedy"), "9780060853983", null));
    Book orientExpress =
        library.book(new Book(5, "Murder on the Orient Express", null, 1934, List.of(christie),
            EnumSet.of(Genre.MYSTERY), List.of("detective", "train"), "9780062693662", 1));
    Book spqr =
        library.book(new Book(6, "SPQR", "A History of Ancient Rome", 2015, List.of(beard),
            EnumSet.of(Genre.HISTORY), List.of("Rome"), "9781631492228", 0));

    library.review(earthsea, 5, "A quiet, wise book about names and power.", "ada");
    library.review(earthsea, 4, null, "grace");
    library.review(earthsea, 3, "Slow start.", "linus");
    library.review(kindred, 5, "Unforgettable.", "grace");
    library.review(goodOmens, 4, "Very funny.", "ada");

    library.branches.add(new Branch("central", "Central Library",
        new Address("1 Library Square", "Springfield", "12345"),
        List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")));
    library.branches.add(new Branch("riverside", "Riverside Branch",
        new Address("42 River Road", "Springfield", "12347"), List.of("Tue", "Thu", "Sat")));

    library.loansByReader.put("ada",
        List.of(new Loan(dispossessed, LocalDate.of(2026, 2, 1), 0, "ada"), new Loan(spqr, LocalDate.of(2026, 2, 14), 1, "ada")));
    library.loansByReader.put("grace", List.of(new Loan(orientExpress, LocalDate.of(2026, 1, 20), 2, "grace")));
    return library;
  }

  /** Every book, in catalog-number order. */
  public List<Book> books() {
    return List.copyOf(books.values());
  }

  public Optional<Book> book(int id) {
    return Optional.ofNullable(books.get(id));
  }

  public List<Author> authors() {
    return List.copyOf(authors.values());
  }

  public Optional<Author> author(String id) {
    return Optional.ofNullable(authors.get(id));
  }

  public List<Branch> branches() {
    return List.copyOf(branches);
  }

  /** The books {@code reader} has borrowed, soonest due first. */
  public List<Loan> loans(String reader) {
    return loansByReader.getOrDefault(reader, List.of());
  }

  /** Every current loan, by reader. */
  public List<Loan> loans() {
    return loansByReader.values().stream().flatMap(List::stream).toList();
  }

  /** Extends the loan of the book with catalog number {@code bookId}; empty if it is not on loan. */
  public Optional<Loan> renew(int bookId) {
    for (Map.Entry<String, List<Loan>> entry : loansByReader.entrySet()) {
      List<Loan> loans = new ArrayList<>(entry.getValue());
      for (int i = 0; i < loans.size(); i++) {
        if (loans.get(i).book().getId() == bookId) {
          Loan renewed = loans.get(i).renewed();
          loans.set(i, renewed);
          entry.setValue(List.copyOf(loans));
          return Optional.of(renewed);
        }
      }
    }
    return Optional.empty();
  }

  /** Adds a review to {@code book}, numbered after every review before it. */
  public Review review(Book book, int rating, @Nullable String text, String reviewer) {
    Review review = new Review(++lastReviewId, rating, text, reviewer);
    book.addReview(review);
    return review;
  }

  private Author author(String id, String name, int born) {
    Author author = new Author(id, name, born, id + "@authors.example.org");
    authors.put(id, author);
    return author;
  }

  private Book book(Book book) {
    books.put(book.getId(), book);
    return book;
  }
}
