package dev.kiln.integration.library;

import dev.kiln.annotations.Field;
import org.jspecify.annotations.NullMarked;

/** Something the library keeps on a shelf. Not a GraphQL type itself: its fields are inherited. */
@NullMarked
public abstract class Shelved {

  /** The catalog number the item is filed under. */
  public abstract int getId();

  /** Where to find it on the shelves: the section letter and the catalog number. */
  @Field
  public String shelfMark() {
    return "S-" + getId();
  }
}
