package dev.kiln.processor.model;

import com.palantir.javapoet.TypeName;

/** What a generated data fetcher passes for one parameter of the user's method. */
public sealed interface ParameterBinding {

  /** The value of a GraphQL argument. */
  record Argument(ArgumentModel argument) implements ParameterBinding {}

  /** The request's context object (viewer), cast to {@code type}. */
  record Context(TypeName type) implements ParameterBinding {}

  /** graphql-java's {@code DataFetchingEnvironment}. */
  record Environment() implements ParameterBinding {}
}
