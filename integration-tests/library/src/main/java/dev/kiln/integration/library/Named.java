package dev.kiln.integration.library;

import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLType;
import org.jspecify.annotations.NonNull;

/** Anything in the library with a name: an author or a branch. */
@GraphQLType
public interface Named {
  /** What it is called. */
  @Field
  @NonNull String name();
}
