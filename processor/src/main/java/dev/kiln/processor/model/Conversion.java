package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * How a generated data fetcher turns an argument value, as graphql-java coerced it ({@code
 * Integer}, {@code Double}, {@code String}, {@code Boolean}, enum constant, {@code List}), into the
 * Java parameter's type.
 */
public sealed interface Conversion {

  /** A plain cast: the value already has the Java type. */
  record Cast(TypeName type) implements Conversion {}

  /** A call {@code FetcherSupport.method(value, "argument")} that narrows or parses the value. */
  record Narrow(String method) implements Conversion {}

  /** A collection of elements, each converted by {@code element}. */
  record Collection(CollectionKind kind, TypeName collectionType, Conversion element) implements Conversion {}

  /** An array of reference type {@code componentType}, each element converted by {@code element}. */
  record ObjectArray(TypeName componentType, Conversion element) implements Conversion {}

  /** An array of primitives, built by {@code FetcherSupport.method(value)}. */
  record PrimitiveArray(String method) implements Conversion {}

  /** An input object, built by {@code converter.from(value)}, the generated {@code <Record>_Input}. */
  record Construct(ClassName converter) implements Conversion {}

  /** {@code Optional.ofNullable} of the converted value. */
  record OptionalOf(Conversion inner) implements Conversion {}

  /** The Java collection interfaces that map to GraphQL lists. */
  enum CollectionKind {
    LIST,
    SET,
    COLLECTION,
    ITERABLE
  }
}
