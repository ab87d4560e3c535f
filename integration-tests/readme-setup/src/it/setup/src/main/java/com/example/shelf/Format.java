// Format.java
package com.example.shelf;

/** How a copy of a book is bound. */
public enum Format {
  /** Bound in hard covers. */
  HARDCOVER,
  /** Bound in paper covers. */
  PAPERBACK,
  /** A file for an e-reader. */
  EBOOK
}
