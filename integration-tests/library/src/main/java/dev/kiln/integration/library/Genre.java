package dev.kiln.integration.library;

/** The section of the shelves a book is filed under. */
public enum Genre {
  /** Invented worlds, magic and myth. */
  FANTASY,
  /** Other worlds and times, reached by science. */
  SCIENCE_FICTION,
  /** Crimes and the people who solve them. */
  MYSTERY,
  /** What really happened. */
  HISTORY,
  /**
   * Science fiction, under the catalog's old name.
   *
   * @deprecated use SCIENCE_FICTION instead
   */
  @Deprecated
  SCIFI
}
