package dev.kiln.annotations;

/** What a field that {@link Authorized} denies resolves to. */
public enum Denied {
  /**
   * {@code null}, without an error: the viewer is not to know the value exists ("not yours to
   * see", like a 404). Only for nullable fields.
   */
  NULL,

  /**
   * {@code null} and a GraphQL error at the field's path, classified {@code UNAUTHORIZED}, that
   * names only the field ("log in first"). On a non-null field the null goes up to the nearest
   * nullable parent, as for any error.
   */
  ERROR
}
