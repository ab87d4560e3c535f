package dev.kiln.integration.library;

/** The order in which a book's reviews are listed. */
public enum ReviewOrder {
  /** The most recent review first. */
  NEWEST,
  /** The first review first. */
  OLDEST,
  /** The highest rating first; among equal ratings, the most recent first. */
  BEST_RATED
}
