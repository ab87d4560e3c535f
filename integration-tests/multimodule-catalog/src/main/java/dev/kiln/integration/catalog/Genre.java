package dev.kiln.integration.catalog;

/** What kind of book it is. */
public enum Genre {
  /** Stories of other worlds and times. */
  SCIENCE_FICTION,
  /** Stories of magic. */
  FANTASY
}
