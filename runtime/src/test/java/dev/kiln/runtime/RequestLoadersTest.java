package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.LoaderScope;
import dev.kiln.runtime.internal.LoaderSupport;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.ExecutionInput;
import graphql.Scalars;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/** Each request gets its own loaders, which carry its viewer; a loader name is one module's alone. */
class RequestLoadersTest {

  /** A module with {@code greetings(names: [String]): [String]}, loaded through loader "greeting". */
  private static final class GreetingModule implements KilnModule {
    final List<String> batches = new ArrayList<>();
    final List<DataLoader<?, ?>> created = new ArrayList<>();

    @Override
    public String name() {
      return "test.GreetingModule";
    }

    @Override
    public void contribute(SchemaContribution contribution) {
      contribution.addQueryField(
          GraphQLFieldDefinition.newFieldDefinition()
              .name("greetings")
              .argument(a -> a.name("names").type(GraphQLList.list(Scalars.GraphQLString)))
              .type(GraphQLList.list(Scalars.GraphQLString))
              .build());
      contribution.dataFetcher(
          FieldCoordinates.coordinates("Query", "greetings"),
          env -> {
            DataLoader<String, String> loader = LoaderSupport.loader(env, "greeting");
            List<String> names = env.getArgument("names");
            return loader.loadMany(names);
          });
      BatchLoaderWithContext<String, String> greet =
          (names, environment) -> {
            LoaderScope scope = environment.getContext();
            batches.add(names + " for " + scope.context());
            return CompletableFuture.completedFuture(names.stream().map(n -> "hello " + n + " from " + scope.context()).toList());
          };
      contribution.dataLoader(
          "greeting",
          options -> {
            DataLoader<String, String> loader = DataLoaderFactory.newDataLoader("greeting", greet, options);
            created.add(loader);
            return loader;
          });
    }
  }

  private static final class ClashingModule implements KilnModule {
    @Override
    public String name() {
      return "test.ClashingModule";
    }

    @Override
    public void contribute(SchemaContribution contribution) {
      contribution.dataLoader("greeting", options -> DataLoaderFactory.newDataLoader((List<String> keys) -> CompletableFuture.completedFuture(keys)));
    }
  }

  @Test
  void everyRequestGetsNewLoadersThatCarryItsViewer() {
    GreetingModule module = new GreetingModule();
    Kiln kiln = Kiln.newKiln().modules(module).build();
    String query = "{ greetings(names: [\"ada\", \"bob\", \"ada\"]) }";

    Object first = kiln.execute(KilnRequest.newRequest().query(query).context("viewer-1").build()).getData();
    Object second = kiln.execute(KilnRequest.newRequest().query(query).context("viewer-2").build()).getData();

    assertEquals(Map.of("greetings", List.of("hello ada from viewer-1", "hello bob from viewer-1", "hello ada from viewer-1")), first);
    assertEquals(Map.of("greetings", List.of("hello ada from viewer-2", "hello bob from viewer-2", "hello ada from viewer-2")), second);
    assertEquals(List.of("[ada, bob] for viewer-1", "[ada, bob] for viewer-2"), module.batches);
    assertEquals(2, module.created.size());
    assertNotSame(module.created.get(0), module.created.get(1));
  }

  @Test
  void loaderStatisticsCountTheRequestsBatchesAndCacheHits() {
    Kiln kiln = Kiln.newKiln().modules(new GreetingModule()).loaderStatistics(true).build();
    ExecutionInput input = kiln.newExecutionInput(KilnRequest.of("{ greetings(names: [\"ada\", \"bob\", \"ada\"]) }"));

    kiln.execute(input);

    DataLoader<?, ?> loader = input.getDataLoaderRegistry().getDataLoader("greeting");
    assertEquals(1, loader.getStatistics().getBatchInvokeCount());
    assertEquals(2, loader.getStatistics().getBatchLoadCount());
    assertEquals(1, loader.getStatistics().getCacheHitCount());
  }

  @Test
  void theHostsOwnLoadersStayBesideKilns() {
    Kiln kiln = Kiln.newKiln().modules(new GreetingModule()).build();
    DataLoader<String, String> hosts = DataLoaderFactory.newDataLoader((List<String> keys) -> CompletableFuture.completedFuture(keys));
    DataLoaderRegistry registry = DataLoaderRegistry.newRegistry().register("hosts", hosts).build();
    ExecutionInput input = ExecutionInput.newExecutionInput("{ greetings(names: []) }").dataLoaderRegistry(registry).build();

    ExecutionInput prepared = kiln.newExecutionInput(input);

    assertEquals(Set.of("hosts", "greeting"), prepared.getDataLoaderRegistry().getKeys());
    assertSame(prepared, kiln.newExecutionInput(prepared), "an input that has the loaders is left as it is");
  }

  @Test
  void twoModulesWithOneLoaderNameFailAtStartup() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> Kiln.newKiln().modules(new GreetingModule(), new ClashingModule()).build());

    assertTrue(error.getMessage().contains("Loader \"greeting\" is defined by Kiln module test.ClashingModule and again by test.GreetingModule"), error.getMessage());
  }
}
