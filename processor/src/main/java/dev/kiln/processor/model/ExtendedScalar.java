package dev.kiln.processor.model;

import java.util.Optional;

/**
 * The scalars Kiln adds to the built-in ones, implemented by {@code
 * dev.kiln.runtime.scalars.KilnScalars}, with the Java types each stands for.
 */
public enum ExtendedScalar {
  LONG("Long", "LONG"),
  BIG_INTEGER("BigInteger", "BIG_INTEGER"),
  BIG_DECIMAL("BigDecimal", "BIG_DECIMAL"),
  UUID("UUID", "UUID"),
  DATE("Date", "DATE"),
  DATE_TIME("DateTime", "DATE_TIME"),
  URL("URL", "URL");

  private final String graphQLName;
  private final String constant;

  ExtendedScalar(String graphQLName, String constant) {
    this.graphQLName = graphQLName;
    this.constant = constant;
  }

  public String graphQLName() {
    return graphQLName;
  }

  /** The constant in {@code KilnScalars} that implements this scalar. */
  public String constant() {
    return constant;
  }

  public static Optional<ExtendedScalar> named(String name) {
    for (ExtendedScalar scalar : values()) {
      if (scalar.graphQLName.equals(name)) {
        return Optional.of(scalar);
      }
    }
    return Optional.empty();
  }
}
