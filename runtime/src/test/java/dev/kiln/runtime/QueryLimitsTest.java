package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.Scalars;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Depth, aliases and root fields are limited by default, and each refusal names its limit. */
class QueryLimitsTest {

  /** {@code node: Node} with {@code Node { name: String, child: Node }}, as deep as asked. */
  private static final KilnModule NODES =
      new KilnModule() {
        @Override
        public String name() {
          return "test.Nodes";
        }

        @Override
        public void contribute(SchemaContribution contribution) {
          contribution.addType(
              GraphQLObjectType.newObject()
                  .name("Node")
                  .field(GraphQLFieldDefinition.newFieldDefinition().name("name").type(Scalars.GraphQLString))
                  .field(GraphQLFieldDefinition.newFieldDefinition().name("child").type(GraphQLTypeReference.typeRef("Node")))
                  .build());
          contribution.addQueryField(GraphQLFieldDefinition.newFieldDefinition().name("node").type(GraphQLTypeReference.typeRef("Node")).build());
          contribution.dataFetcher(FieldCoordinates.coordinates("Query", "node"), env -> "n");
          contribution.dataFetcher(FieldCoordinates.coordinates("Node", "child"), env -> "n");
          contribution.dataFetcher(FieldCoordinates.coordinates("Node", "name"), env -> "n");
        }
      };

  private static String nested(int depth) {
    StringBuilder query = new StringBuilder("{ node {");
    for (int i = 2; i < depth; i++) {
      query.append(" child {");
    }
    query.append(" name");
    query.append(" }".repeat(depth - 1)).append(" }");
    return query.toString();
  }

  private static Map<String, Object> run(Kiln kiln, String query) {
    return kiln.execute(KilnRequest.of(query)).toSpecification();
  }

  private static Map<String, Object> refusal(String message, String limit, int max) {
    return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", "QUERY_LIMIT", "limit", limit, "max", max))));
  }

  @Test
  void anOperationWithinTheDefaultLimitsRuns() {
    Map<String, Object> result = run(Kiln.newKiln().modules(NODES).build(), nested(20));

    assertEquals(List.of("data"), List.copyOf(result.keySet()));
  }

  @Test
  void anOperationDeeperThanTheLimitIsRefusedNamingIt() {
    assertEquals(
        refusal("The operation is 21 fields deep; the limit (maxDepth) is 20.", "maxDepth", 20),
        run(Kiln.newKiln().modules(NODES).build(), nested(21)));
  }

  @Test
  void fragmentsCountWhereTheyAreSpread() {
    Kiln kiln = Kiln.newKiln().modules(NODES).maxDepth(3).build();

    assertEquals(
        refusal("The operation is 4 fields deep; the limit (maxDepth) is 3.", "maxDepth", 3),
        run(kiln, "{ node { ...Deep } } fragment Deep on Node { child { child { name } } }"));
  }

  @Test
  void tooManyAliasesAreRefusedNamingTheLimit() {
    StringBuilder query = new StringBuilder("{ node {");
    for (int i = 0; i < 31; i++) {
      query.append(" a").append(i).append(": name");
    }
    query.append(" } }");

    assertEquals(
        refusal("The operation has 31 aliases; the limit (maxAliases) is 30.", "maxAliases", 30),
        run(Kiln.newKiln().modules(NODES).build(), query.toString()));
  }

  @Test
  void tooManyRootFieldsAreRefusedNamingTheLimit() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 21; i++) {
      query.append(" n").append(i).append(": node { name }");
    }
    query.append(" }");
    Kiln kiln = Kiln.newKiln().modules(NODES).maxAliases(100).build();

    assertEquals(
        refusal("The operation asks for 21 root fields; the limit (maxRootFields) is 20.", "maxRootFields", 20),
        run(kiln, query.toString()));
  }

  @Test
  void aLimitBelowOneIsAMistake() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Kiln.newKiln().maxDepth(0));

    assertEquals("maxDepth must be at least 1, but was 0.", error.getMessage());
  }

  @Test
  void aResultWithMoreFieldsThanTheLimitIsAnErrorNotAPartialAnswer() {
    Kiln kiln = Kiln.newKiln().modules(NODES).maxResultNodes(5).build();

    assertEquals(
        refusal("The result has more than 5 fields; the limit (maxResultNodes) is 5.", "maxResultNodes", 5),
        run(kiln, nested(6)));
    assertEquals(List.of("data"), List.copyOf(run(kiln, nested(5)).keySet()));
  }

  @Test
  void productionModeRefusesIntrospection() {
    Map<String, Object> development = run(Kiln.newKiln().modules(NODES).build(), "{ __schema { queryType { name } } }");
    Map<String, Object> production = run(Kiln.newKiln().modules(NODES).production(true).build(), "{ __schema { queryType { name } } }");

    assertEquals(Map.of("data", Map.of("__schema", Map.of("queryType", Map.of("name", "Query")))), development);
    assertEquals(List.of("errors"), List.copyOf(production.keySet()));
  }
}
