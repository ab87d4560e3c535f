package dev.kiln.processor.model;

/** A GraphQL type reference as it appears on a field or argument: a named type or a list, maybe non-null. */
public sealed interface TypeRef permits TypeRef.Named, TypeRef.ListOf {

  boolean nonNull();

  /** This reference made nullable. */
  TypeRef nullable();

  /** The named type at the bottom of the lists. */
  Named innermost();

  /** A named type: a scalar, an enum or an object type. */
  record Named(String name, boolean nonNull) implements TypeRef {
    @Override
    public TypeRef nullable() {
      return new Named(name, false);
    }

    @Override
    public Named innermost() {
      return this;
    }

    @Override
    public String toString() {
      return nonNull ? name + "!" : name;
    }
  }

  /** A list of {@code element}. */
  record ListOf(TypeRef element, boolean nonNull) implements TypeRef {
    @Override
    public TypeRef nullable() {
      return new ListOf(element, false);
    }

    @Override
    public Named innermost() {
      return element.innermost();
    }

    @Override
    public String toString() {
      return "[" + element + "]" + (nonNull ? "!" : "");
    }
  }
}
