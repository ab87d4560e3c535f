package dev.kiln.processor.model;

import java.util.Optional;

/** The scalars every GraphQL schema has (spec §3.5). */
public enum BuiltInScalar {
  INT("Int", "GraphQLInt"),
  FLOAT("Float", "GraphQLFloat"),
  STRING("String", "GraphQLString"),
  BOOLEAN("Boolean", "GraphQLBoolean"),
  ID("ID", "GraphQLID");

  private final String graphQLName;
  private final String graphQLJavaConstant;

  BuiltInScalar(String graphQLName, String graphQLJavaConstant) {
    this.graphQLName = graphQLName;
    this.graphQLJavaConstant = graphQLJavaConstant;
  }

  public String graphQLName() {
    return graphQLName;
  }

  /** The constant in graphql-java's {@code graphql.Scalars} that implements this scalar. */
  public String graphQLJavaConstant() {
    return graphQLJavaConstant;
  }

  public static Optional<BuiltInScalar> named(String name) {
    for (BuiltInScalar scalar : values()) {
      if (scalar.graphQLName.equals(name)) {
        return Optional.of(scalar);
      }
    }
    return Optional.empty();
  }
}
