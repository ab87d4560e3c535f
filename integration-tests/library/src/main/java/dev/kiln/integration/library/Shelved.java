package dev.kiln.integration.library;

import dev.kiln.annotations.Authorized;
import dev.kiln.annotations.Denied;
import dev.kiln.annotations.Field;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

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

  // Book overrides it without repeating @Authorized, and the check still holds.
  /** Where the library got it from: for librarians only. */
  @Field
  @Authorized(roles = "librarian", denied = Denied.NULL)
  public abstract @Nullable String acquisitionNote();
}
