package dev.kiln.benchmarks;

import dev.kiln.benchmarks.shapes.Category;
import dev.kiln.benchmarks.shapes.Item;
import dev.kiln.benchmarks.shapes.Node;
import dev.kiln.benchmarks.shapes.Product;
import dev.kiln.benchmarks.shapes.ShapeData;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.function.Supplier;

/**
 * The practical limit: a graphql-java {@link LightDataFetcher} written by hand for every field of
 * the shapes, each a cast and an accessor call in a class of its own.
 */
final class HandWrittenWiring {
  private HandWrittenWiring() {}

  static RuntimeWiring wiring(ShapeData data) {
    return RuntimeWiring.newRuntimeWiring()
        .type("Query", type -> type
            .dataFetcher("wide", root(data::wide))
            .dataFetcher("deep", root(data::deep))
            .dataFetcher("lists", root(data::lists)))
        .type("Item", type -> type
            .dataFetcher("id", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).id();
              }
            })
            .dataFetcher("name", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).name();
              }
            })
            .dataFetcher("description", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).description();
              }
            })
            .dataFetcher("price", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).price();
              }
            })
            .dataFetcher("quantity", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).quantity();
              }
            })
            .dataFetcher("available", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).available();
              }
            })
            .dataFetcher("category", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).category();
              }
            })
            .dataFetcher("sku", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).sku();
              }
            })
            .dataFetcher("rating", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).rating();
              }
            })
            .dataFetcher("views", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Item) source).views();
              }
            }))
        .type("Node", type -> type
            .dataFetcher("id", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Node) source).id();
              }
            })
            .dataFetcher("label", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Node) source).label();
              }
            })
            .dataFetcher("weight", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Node) source).weight();
              }
            })
            .dataFetcher("left", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Node) source).left();
              }
            })
            .dataFetcher("right", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Node) source).right();
              }
            }))
        .type("Category", type -> type
            .dataFetcher("name", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Category) source).name();
              }
            })
            .dataFetcher("products", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Category) source).products();
              }
            }))
        .type("Product", type -> type
            .dataFetcher("name", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Product) source).name();
              }
            })
            .dataFetcher("tags", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Product) source).tags();
              }
            })
            .dataFetcher("scores", new FieldFetcher() {
              @Override
              public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
                return ((Product) source).scores();
              }
            }))
        .build();
  }

  private static LightDataFetcher<Object> root(Supplier<?> value) {
    return new FieldFetcher() {
      @Override
      public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) {
        return value.get();
      }
    };
  }

  /**
   * Each field gets a class of its own, as Kiln's generated fetchers do, so that every call site
   * inside a fetcher stays monomorphic; a single class taking a lambda per field would not.
   */
  private abstract static class FieldFetcher implements LightDataFetcher<Object> {
    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
      return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
    }
  }
}
