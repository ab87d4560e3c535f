package dev.kiln.integration.library;

import dev.kiln.annotations.Authorized;
import dev.kiln.annotations.BatchLoader;
import dev.kiln.annotations.Context;
import dev.kiln.annotations.Cost;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.ListSize;
import dev.kiln.annotations.Mutation;
import dev.kiln.annotations.Query;
import dev.kiln.annotations.Subscription;
import dev.kiln.runtime.GraphQLClientException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Flow;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The library's root fields: what a reader can look up, and the one thing a reader can change.
 * Kiln creates one instance per schema with the public no-argument constructor, so every schema
 * starts from a fresh sample catalog.
 */
@NullMarked
public class LibraryApi {
  private static final Map<String, Comparator<Book>> BOOK_ORDERS =
      Map.of(
          "title", Comparator.comparing(Book::getTitle),
          "year", Comparator.comparingInt(Book::getYear));

  private final Library library;

  public LibraryApi() {
    this(Library.sample());
  }

  public LibraryApi(Library library) {
    this.library = library;
  }

  /**
   * The books in the catalog.
   *
   * @param first how many books to list at most
   * @param sortBy what to sort by: "title" or "year"
   * @param genre list only books filed under this genre; all books if absent
   */
  @Query
  public List<Book> books(
      @DefaultValue("10") int first,
      @DefaultValue("\"title\"") String sortBy,
      @Nullable Genre genre) {
    Comparator<Book> order = BOOK_ORDERS.get(sortBy);
    if (order == null) {
      throw new GraphQLClientException(
          "Cannot sort books by \"" + sortBy + "\"; sort by \"title\" or \"year\".");
    }
    return library.books().stream()
        .filter(book -> genre == null || book.getGenres().contains(genre))
        .sorted(order)
        .limit(Math.max(first, 0))
        .toList();
  }

  /**
   * The book with the given catalog number, if there is one.
   *
   * @param id the book's catalog number
   */
  @Query
  public Optional<Book> book(@Id int id) {
    return library.book(id);
  }

  /**
   * The author with the given key, if there is one.
   *
   * @param id the author's key, such as "le-guin"
   */
  @Query
  public Optional<Author> author(@Id String id) {
    return library.author(id);
  }

  /** The library's branches. */
  @Query
  public List<Branch> branches() {
    return library.branches();
  }

  /**
   * The books that the reader sending the request has borrowed; none for an anonymous request.
   *
   * @param dueBefore only the loans due before this day; all loans if absent
   * @param viewer the reader sending the request: the request's context, by its type
   */
  @Query
  public List<Loan> myLoans(@Nullable LocalDate dueBefore, @Nullable Viewer viewer) {
    if (viewer == null) {
      return List.of();
    }
    return library.loans(viewer.name()).stream()
        .filter(loan -> dueBefore == null || loan.dueDate().isBefore(dueBefore))
        .toList();
  }

  /** Every book on loan: when each is due is public, who borrowed it is not. */
  @Query
  public List<Loan> loans() {
    return library.loans();
  }

  /**
   * Extends a loan by two weeks: for librarians only.
   *
   * @param bookId the catalog number of the borrowed book
   */
  @Mutation
  @Authorized(roles = "librarian")
  public @Nullable Loan renewLoan(@Id int bookId) {
    return library.renew(bookId).orElse(null);
  }

  /** Every current loan, one per event, then the stream ends: for librarians only. */
  @Subscription
  @Authorized(roles = "librarian")
  public Flow.Publisher<Loan> loanFeed() {
    return new ListPublisher<>(library.loans());
  }

  /**
   * Adds a review to a book, in the name of the reader sending the request.
   *
   * @param bookId the catalog number of the book to review
   * @param rating from 1 (poor) to 5 (excellent)
   * @param text what the reader has to say, if anything
   * @param viewer the reader sending the request
   */
  @Mutation
  public Review addReview(
      @Id int bookId, int rating, @Nullable String text, @Context @Nullable Viewer viewer) {
    if (rating < 1 || rating > 5) {
      throw new GraphQLClientException("Rating must be from 1 to 5, but was " + rating + ".");
    }
    Book book =
        library
            .book(bookId)
            .orElseThrow(
                () -> new GraphQLClientException(
                    "No book has id " + bookId + ".", Map.of("code", "NOT_FOUND")));
    String reviewer = viewer == null ? "anonymous" : viewer.name();
    return library.review(book, rating, text, reviewer);
  }

  /**
   * The first books of the catalog, by title, as a page.
   *
   * @param first how many books to put on the page
   */
  @Query
  public Page<Book> booksPage(@DefaultValue("2") int first) {
    List<Book> books = library.books().stream().sorted(Comparator.comparing(Book::getTitle)).toList();
    return new Page<>(books.subList(0, Math.min(Math.max(first, 0), books.size())), books.size());
  }

  /**
   * The authors of the catalog as one page.
   */
  @Query
  public Page<Author> authorsPage() {
    return new Page<>(library.authors(), library.authors().size());
  }

  /**
   * Issues a library card.
   *
   * @param reader who asks for it
   */
  @Mutation
  public Reader registerReader(NewReader reader) {
    return new Reader(
        1000 + reader.name().length(),
        reader.name(),
        reader.contact().email(),
        reader.contact().phone(),
        reader.favourites(),
        reader.newsletter());
  }

  /**
   * The book a key names, if the catalog has it.
   *
   * @param key its catalog number or its ISBN
   */
  @Query
  public @Nullable Book bookBy(BookKey key) {
    return library.books().stream()
        .filter(b -> key.id() != null ? b.getId() == key.id() : b.getIsbn().equals(key.isbn()))
        .findFirst()
        .orElse(null);
  }

  /**
   * The book with this ISBN, if the catalog has it.
   *
   * @param isbn the book's 13-digit ISBN
   */
  @Query
  public @Nullable Book bookByIsbn(Isbn isbn) {
    return library.books().stream().filter(b -> b.getIsbn().equals(isbn)).findFirst().orElse(null);
  }

  /**
   * The books whose title and the authors whose name contain the text, ignoring case: books first.
   *
   * @param text what to look for
   */
  @Query
  @Cost(5)
  @ListSize(assumedSize = 20)
  public List<SearchResult> search(String text) {
    String needle = text.toLowerCase(java.util.Locale.ROOT);
    List<SearchResult> found = new java.util.ArrayList<>();
    library.books().stream().filter(b -> b.getTitle().toLowerCase(java.util.Locale.ROOT).contains(needle)).forEach(found::add);
    library.authors().stream().filter(a -> a.name().toLowerCase(java.util.Locale.ROOT).contains(needle)).forEach(found::add);
    return found;
  }

  /** Everything with a name: the authors, then the branches. */
  @Query
  public List<Named> named() {
    List<Named> named = new java.util.ArrayList<>(library.authors());
    named.addAll(library.branches());
    return named;
  }

  /**
   * The books among the given ones that have a copy on the shelf, in the order given.
   *
   * @param ids the books' global IDs, as their id fields give them
   */
  @Query
  public List<Book> onShelf(@Id(node = Book.class) List<Integer> ids) {
    return ids.stream().map(library::book).flatMap(Optional::stream).filter(Book::isAvailable).toList();
  }

  /** Loads books by catalog number, for node(id:) and nodes(ids:); an unknown number loads null. */
  @BatchLoader
  public Map<Integer, Book> booksById(Set<Integer> ids) {
    Map<Integer, Book> found = new java.util.LinkedHashMap<>();
    ids.forEach(id -> library.book(id).ifPresent(book -> found.put(id, book)));
    return found;
  }

  /** Loads authors by catalog key, for node(id:) and nodes(ids:); an unknown key loads null. */
  @BatchLoader
  public Map<String, Author> authorsById(Set<String> ids) {
    Map<String, Author> found = new java.util.LinkedHashMap<>();
    ids.forEach(id -> library.author(id).ifPresent(author -> found.put(id, author)));
    return found;
  }

  /**
   * The catalog, one book per event, in order of their catalog numbers.
   *
   * @param first how many books to send before the stream ends
   */
  @Subscription
  public Flow.Publisher<Book> catalogue(@DefaultValue("3") int first) {
    return new ListPublisher<>(library.books().stream().limit(Math.max(first, 0)).toList());
  }
}
