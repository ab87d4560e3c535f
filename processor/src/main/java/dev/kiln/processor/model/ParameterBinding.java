package dev.kiln.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.VariableElement;

/** What a generated data fetcher or batch function passes for one parameter of the user's method. */
public sealed interface ParameterBinding {

  /** The value of a GraphQL argument. */
  record Argument(ArgumentModel argument) implements ParameterBinding {}

  /** The request's context object (viewer), cast to {@code type}. */
  record Context(TypeName type) implements ParameterBinding {}

  /** graphql-java's {@code DataFetchingEnvironment}. */
  record Environment() implements ParameterBinding {}

  /** The field's selection set, graphql-java's {@code DataFetchingFieldSelectionSet}, for look-ahead. */
  record SelectionSet() implements ParameterBinding {}

  /**
   * The request's loader named {@code name}, declared as {@code DataLoader<keyType, valueType>}.
   *
   * @param explicit whether {@code @Loader} names it, rather than the parameter's name
   */
  record Loader(String name, TypeName keyType, TypeName valueType, boolean explicit, VariableElement source)
      implements ParameterBinding {}

  /** The object the field is resolved on, cast to {@code type}; for a batched field, the list of them. */
  record Source(TypeName type) implements ParameterBinding {}

  /** The keys of a batch, as the collection {@code kind} of a batch method's first parameter. */
  record Keys(Conversion.CollectionKind kind) implements ParameterBinding {}
}
