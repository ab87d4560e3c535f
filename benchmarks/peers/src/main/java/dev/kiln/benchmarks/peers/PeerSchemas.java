package dev.kiln.benchmarks.peers;

import dev.kiln.benchmarks.peers.gja.GjaQueries;
import dev.kiln.benchmarks.peers.spqr.SpqrQueries;
import graphql.GraphQL;
import graphql.annotations.AnnotationsSchemaCreator;
import graphql.annotations.processor.GraphQLAnnotations;
import graphql.schema.GraphQLSchema;
import io.leangen.graphql.GraphQLSchemaGenerator;

/** How SPQR and graphql-java-annotations build the shapes' schema and the generated ones. */
final class PeerSchemas {
  private PeerSchemas() {}

  static GraphQLSchema spqrShapes() {
    return spqr(new SpqrQueries(), SpqrQueries.class.getPackageName());
  }

  static GraphQLSchema annotationsShapes() {
    return annotations(GjaQueries.class);
  }

  /** SPQR on the generated schema of {@code types} types. */
  static GraphQL spqr(int types) {
    Object roots =
        switch (types) {
          case 10 -> new dev.kiln.benchmarks.peers.spqr.t10.Roots();
          case 100 -> new dev.kiln.benchmarks.peers.spqr.t100.Roots();
          case 1000 -> new dev.kiln.benchmarks.peers.spqr.t1000.Roots();
          default -> throw new IllegalArgumentException("No generated schema of " + types + " types.");
        };
    return GraphQL.newGraphQL(spqr(roots, roots.getClass().getPackageName())).build();
  }

  /** graphql-java-annotations on the generated schema of {@code types} types. */
  static GraphQL annotations(int types) {
    Class<?> roots =
        switch (types) {
          case 10 -> dev.kiln.benchmarks.peers.gja.t10.Roots.class;
          case 100 -> dev.kiln.benchmarks.peers.gja.t100.Roots.class;
          case 1000 -> dev.kiln.benchmarks.peers.gja.t1000.Roots.class;
          default -> throw new IllegalArgumentException("No generated schema of " + types + " types.");
        };
    return GraphQL.newGraphQL(annotations(roots)).build();
  }

  private static GraphQLSchema spqr(Object roots, String basePackage) {
    return new GraphQLSchemaGenerator().withBasePackages(basePackage).withOperationsFromSingleton(roots).generate();
  }

  private static GraphQLSchema annotations(Class<?> roots) {
    return AnnotationsSchemaCreator.newAnnotationsSchema().query(roots).setAnnotationsProcessor(new GraphQLAnnotations()).build();
  }
}
