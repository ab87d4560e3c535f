package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.Element;
import org.jspecify.annotations.Nullable;

/**
 * A field of an object type or of a root type.
 *
 * @param parentType the GraphQL name of the type the field belongs to: an object type, {@code
 *     Query} or {@code Mutation}
 * @param deprecationReason the reason, if the field is deprecated
 * @param source the member the field was read from, for diagnostics and incremental builds
 * @param authorization the {@code @Authorized} checks the fetcher runs first, outermost first
 */
public record FieldModel(
    String parentType,
    String name,
    @Nullable String description,
    @Nullable String deprecationReason,
    TypeRef type,
    List<ArgumentModel> arguments,
    Invocation invocation,
    Element source,
    List<AuthorizationCheck> authorization) {

  /** A field without authorization checks. */
  public FieldModel(
      String parentType,
      String name,
      @Nullable String description,
      @Nullable String deprecationReason,
      TypeRef type,
      List<ArgumentModel> arguments,
      Invocation invocation,
      Element source) {
    this(parentType, name, description, deprecationReason, type, arguments, invocation, source, List.of());
  }

  /** This field with {@code checks} as its authorization checks. */
  public FieldModel withAuthorization(List<AuthorizationCheck> checks) {
    return new FieldModel(parentType, name, description, deprecationReason, type, arguments, invocation, source, List.copyOf(checks));
  }
}
