package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.NodeKey;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.Scalars;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.idl.SchemaPrinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderFactory;
import org.dataloader.MappedBatchLoader;
import org.junit.jupiter.api.Test;

/**
 * Node types that two modules register share one {@code Node} interface and one pair of root
 * fields; {@code node} and {@code nodes} load through each type's loader, and an ID that is not
 * valid is an {@code INVALID_ID} error at the field.
 */
class NodeSchemaTest {
  private static final UUID EUROPA = UUID.fromString("6f1c1f3e-2b0a-4a8e-9a44-0d5b7c2e9f10");

  record Planet(int number, String name) {}

  record Moon(UUID id, String name) {}

  /** A module with {@code Planet} (an int key) and the root field {@code planets}. */
  private static final class PlanetModule implements KilnModule {
    final List<List<Integer>> batches = new ArrayList<>();

    @Override
    public String name() {
      return "test.PlanetModule";
    }

    @Override
    public void contribute(SchemaContribution contribution) {
      contribution.addType(nodeType("Planet"));
      contribution.dataFetcher(FieldCoordinates.coordinates("Planet", "id"), env -> env.<Planet>getSource().number());
      contribution.dataFetcher(FieldCoordinates.coordinates("Planet", "name"), env -> env.<Planet>getSource().name());
      contribution.addQueryField(
          GraphQLFieldDefinition.newFieldDefinition()
              .name("planetName")
              .argument(a -> a.name("id").type(GraphQLNonNull.nonNull(Scalars.GraphQLID)))
              .type(Scalars.GraphQLString)
              .build());
      contribution.dataFetcher(FieldCoordinates.coordinates("Query", "planetName"), env -> "planet " + env.getArgument("id"));
      contribution.globalIdArgument(FieldCoordinates.coordinates("Query", "planetName"), "id", "Planet");
      MappedBatchLoader<Integer, Planet> load =
          keys -> {
            batches.add(keys.stream().sorted().toList());
            Map<Integer, Planet> found = new LinkedHashMap<>();
            keys.stream().filter(k -> k == 3).forEach(k -> found.put(k, new Planet(3, "Earth")));
            return CompletableFuture.completedFuture(found);
          };
      contribution.dataLoader("planetsById", options -> DataLoaderFactory.newMappedDataLoader(load, options));
      contribution.nodeType("Planet", Planet.class, NodeKey.INT, "planetsById");
    }
  }

  /** A module with {@code Moon} (a UUID key). */
  private static final class MoonModule implements KilnModule {
    @Override
    public String name() {
      return "test.MoonModule";
    }

    @Override
    public void contribute(SchemaContribution contribution) {
      contribution.nodeType("Moon", Moon.class, NodeKey.UUID, "moonsById");
      contribution.addType(nodeType("Moon"));
      contribution.dataFetcher(FieldCoordinates.coordinates("Moon", "id"), env -> env.<Moon>getSource().id());
      contribution.dataFetcher(FieldCoordinates.coordinates("Moon", "name"), env -> env.<Moon>getSource().name());
      contribution.addQueryField(GraphQLFieldDefinition.newFieldDefinition().name("moonCount").type(Scalars.GraphQLInt).build());
      contribution.dataFetcher(FieldCoordinates.coordinates("Query", "moonCount"), env -> 1);
      MappedBatchLoader<UUID, Moon> load =
          keys -> CompletableFuture.completedFuture(keys.contains(EUROPA) ? Map.of(EUROPA, new Moon(EUROPA, "Europa")) : Map.of());
      contribution.dataLoader("moonsById", options -> DataLoaderFactory.newMappedDataLoader(load, options));
    }
  }

  private static GraphQLObjectType nodeType(String name) {
    return GraphQLObjectType.newObject()
        .name(name)
        .withInterface(GraphQLTypeReference.typeRef("Node"))
        .field(f -> f.name("id").type(GraphQLNonNull.nonNull(Scalars.GraphQLID)))
        .field(f -> f.name("name").type(Scalars.GraphQLString))
        .build();
  }

  private final PlanetModule planets = new PlanetModule();
  private final Kiln kiln = Kiln.newKiln().modules(planets, new MoonModule()).build();

  @Test
  void theNodeInterfaceAndItsRootFieldsAreAddedOnceAfterTheModulesOwnFields() {
    String printed = new SchemaPrinter().print(kiln.getSchema());

    assertEquals(
        List.of("moonCount", "planetName", "node", "nodes"),
        kiln.getSchema().getQueryType().getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList());
    GraphQLInterfaceType node = (GraphQLInterfaceType) kiln.getSchema().getType("Node");
    assertEquals(List.of("Moon", "Planet"), kiln.getSchema().getImplementations(node).stream().map(GraphQLObjectType::getName).sorted().toList());
    assertEquals(1, printed.split("interface Node", -1).length - 1);
  }

  @Test
  void nodesLoadsEachTypeWithItsLoaderInOneBatchAndKeepsTheOrder() {
    String planet3 = encode("Planet:3");
    String planet4 = encode("Planet:4");
    String europa = encode("Moon:" + EUROPA);
    String query = "{ nodes(ids: [\"" + planet4 + "\", \"" + europa + "\", \"" + planet3 + "\"]) { __typename id ... on Planet { name } ... on Moon { name } } }";

    assertEquals(
        Map.of("nodes", java.util.Arrays.asList(null, Map.of("__typename", "Moon", "id", europa, "name", "Europa"), Map.of("__typename", "Planet", "id", planet3, "name", "Earth"))),
        kiln.execute(KilnRequest.of(query)).getData());
    assertEquals(List.of(List.of(3, 4)), planets.batches);
  }

  @Test
  void anInvalidIdIsAnInvalidIdErrorAtTheField() {
    Map<String, Object> result = kiln.execute(KilnRequest.of("{ node(id: \"" + encode("Planet:03") + "\") { id } }")).toSpecification();

    assertEquals(
        Map.of(
            "data", java.util.Collections.singletonMap("node", null),
            "errors",
            List.of(
                Map.of(
                    "message", "\"UGxhbmV0OjAz\" is not a valid ID.",
                    "locations", List.of(Map.of("line", 1, "column", 3)),
                    "path", List.of("node"),
                    "extensions", Map.of("classification", "INVALID_ID")))),
        result);
    assertEquals(List.of(), planets.batches);
  }

  @Test
  void anIdArgumentReachesTheFetcherAsTheKeysCanonicalText() {
    Map<String, Object> valid = kiln.execute(KilnRequest.of("{ planetName(id: \"" + encode("Planet:7") + "\") }")).toSpecification();
    Map<String, Object> ofAMoon = kiln.execute(KilnRequest.of("{ planetName(id: \"" + encode("Moon:" + EUROPA) + "\") }")).toSpecification();

    assertEquals(Map.of("data", Map.of("planetName", "planet 7")), valid);
    assertEquals(
        "\"TW9vbjo2ZjFjMWYzZS0yYjBhLTRhOGUtOWE0NC0w…\" is not a valid ID of type \"Planet\".",
        ((Map<?, ?>) ((List<?>) ofAMoon.get("errors")).get(0)).get("message"));
  }

  @Test
  void aNodeTypeRegisteredByTwoModulesIsRefused() {
    KilnModule again =
        new KilnModule() {
          @Override
          public String name() {
            return "test.Again";
          }

          @Override
          public void contribute(SchemaContribution contribution) {
            contribution.nodeType("Planet", Planet.class, NodeKey.INT, "planetsById");
          }
        };

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Kiln.newKiln().modules(planets, again).build());
    assertEquals("Node type \"Planet\" is registered twice; the second time by Kiln module test.PlanetModule.", refused.getMessage());
  }

  @Test
  void aNodeLoaderValueOfNoNodeTypeIsAMaskedFieldErrorNotAnException() {
    KilnModule moonsAsText =
        new KilnModule() {
          @Override
          public String name() {
            return "test.MoonsAsText";
          }

          @Override
          public void contribute(SchemaContribution contribution) {
            contribution.nodeType("Moon", Moon.class, NodeKey.UUID, "moonsById");
            contribution.addType(nodeType("Moon"));
            contribution.dataFetcher(FieldCoordinates.coordinates("Moon", "id"), env -> env.<Moon>getSource().id());
            MappedBatchLoader<UUID, Object> load = keys -> CompletableFuture.completedFuture(Map.of(EUROPA, "Europa"));
            contribution.dataLoader("moonsById", options -> DataLoaderFactory.newMappedDataLoader(load, options));
          }
        };
    Kiln mistaken = Kiln.newKiln().modules(planets, moonsAsText).build();

    Map<String, Object> result = mistaken.execute(KilnRequest.of("{ node(id: \"" + encode("Moon:" + EUROPA) + "\") { id } }")).toSpecification();

    Map<?, ?> error = (Map<?, ?>) ((List<?>) result.get("errors")).get(0);
    Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
    assertEquals(java.util.Collections.singletonMap("node", null), result.get("data"));
    assertEquals(1, ((List<?>) result.get("errors")).size());
    assertEquals("Internal error", error.get("message"));
    assertEquals(List.of("node"), error.get("path"));
    assertEquals("INTERNAL_ERROR", extensions.get("classification"));
    assertEquals(extensions.get("errorId"), UUID.fromString((String) extensions.get("errorId")).toString());
  }

  private static String encode(String text) {
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
