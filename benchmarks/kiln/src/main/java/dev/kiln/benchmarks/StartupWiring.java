package dev.kiln.benchmarks;

import dev.kiln.runtime.InstanceProvider;
import dev.kiln.runtime.Kiln;
import graphql.GraphQL;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** The ways the startup benchmarks build the engine for a generated schema. */
final class StartupWiring {
  private StartupWiring() {}

  /** Kiln's runtime on the generated module: generated types with graphql-java's FastBuilder. */
  static GraphQL kiln(int types) {
    return Kiln.newKiln().modules(StartupSchemas.module(types)).build().getGraphQL();
  }

  /**
   * The generated types handed straight to graphql-java 26's {@code GraphQLSchema.FastBuilder},
   * without Kiln's runtime: the floor for a schema built from ready-made types.
   */
  static GraphQL fastBuilder(int types) {
    CollectingContribution contribution = new CollectingContribution(InstanceProvider.none());
    StartupSchemas.module(types).contribute(contribution);
    List<GraphQLNamedType> all = new ArrayList<>(contribution.types());
    all.addAll(List.of(Scalars.GraphQLID, Scalars.GraphQLString, Scalars.GraphQLInt, Scalars.GraphQLFloat, Scalars.GraphQLBoolean));
    GraphQLObjectType query = contribution.queryType();
    GraphQLSchema schema = new GraphQLSchema.FastBuilder(GraphQLCodeRegistry.newCodeRegistry(contribution.codeRegistry()), query, null, null).addTypes(all).build();
    return GraphQL.newGraphQL(schema).build();
  }

  /** The generated types with the standard {@code GraphQLSchema.newSchema()} builder, which traverses and validates them. */
  static GraphQL standardBuilder(int types) {
    CollectingContribution contribution = new CollectingContribution(InstanceProvider.none());
    StartupSchemas.module(types).contribute(contribution);
    GraphQLSchema schema =
        GraphQLSchema.newSchema()
            .query(contribution.queryType())
            .additionalTypes(contribution.types())
            .codeRegistry(contribution.codeRegistry())
            .build();
    return GraphQL.newGraphQL(schema).build();
  }

  /**
   * The SDL parsed and wired with a {@code RuntimeWiring}: the root fields call the {@code Roots}
   * method of their name by reflection, every other field is graphql-java's {@code
   * PropertyDataFetcher}.
   */
  static GraphQL sdl(int types, String sdl) {
    Object roots = StartupSchemas.roots(types);
    DataFetcher<Object> rootFetcher = environment -> {
      Method method = roots.getClass().getMethod(environment.getField().getName());
      return method.invoke(roots);
    };
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().type("Query", type -> type.defaultDataFetcher(rootFetcher)).build();
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
    return GraphQL.newGraphQL(schema).build();
  }
}
