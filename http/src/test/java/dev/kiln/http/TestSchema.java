package dev.kiln.http;

import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.internal.FetcherSupport;
import dev.kiln.runtime.spi.KilnModule;
import dev.kiln.runtime.spi.SchemaContribution;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLOutputType;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written Kiln module, standing in for a generated one, with a field for each behaviour the
 * HTTP tests need:
 *
 * <pre>{@code
 * type Query {
 *   hello: String                 # "world"
 *   echo(text: String!): String   # text
 *   viewer: String                # the name of the context object's Viewer, if any
 *   fail: String                  # throws an exception whose message must never reach a client
 *   slow: String                  # "done", once the test releases it
 * }
 * type Mutation { increment: Int }
 * type Subscription {
 *   countdown(from: Int!): Int    # from, from - 1, ..., 1, then completes
 *   ticks: Int                    # 1, 2, 3, ... every 20 ms until cancelled
 *   broken: Int                   # 1, then fails
 *   idle: Int                     # nothing, until cancelled
 * }
 * }</pre>
 */
public final class TestSchema implements KilnModule {
  static final String SECRET = "password=hunter2 at db.internal:5432";

  /** The context object a test's {@link ContextFactory} makes from the Authorization header. */
  record Viewer(String name) {}

  final AtomicInteger counter = new AtomicInteger();
  final CountDownLatch slowStarted = new CountDownLatch(1);
  final CountDownLatch releaseSlow = new CountDownLatch(1);
  final TestPublishers.Ticks ticks = new TestPublishers.Ticks();
  final TestPublishers.Idle idle = new TestPublishers.Idle();

  public static Kiln kiln() {
    return kiln(new TestSchema());
  }

  static Kiln kiln(TestSchema schema) {
    return Kiln.newKiln().modules(schema).build();
  }

  /**
   * {@code Authorization: Bearer <name>} is the viewer {@code name}; "Bearer expired" is refused with
   * 401, and "Bearer crash" fails as a broken session store would.
   */
  public static ContextFactory viewers() {
    return request -> {
      String authorization = request.getHeader("Authorization");
      if (authorization == null) {
        return null;
      }
      if (authorization.equals("Bearer expired")) {
        throw new RequestRejectedException(401, "The access token has expired.", Map.of("WWW-Authenticate", "Bearer"));
      }
      if (authorization.equals("Bearer crash")) {
        throw new IllegalStateException("Session store down: " + SECRET);
      }
      return new Viewer(authorization.substring("Bearer ".length()));
    };
  }

  @Override
  public String name() {
    return "dev.kiln.http.TestSchema";
  }

  @Override
  public void contribute(SchemaContribution contribution) {
    query(contribution, field("hello", Scalars.GraphQLString), environment -> "world");
    query(
        contribution,
        field("echo", Scalars.GraphQLString, "text", GraphQLNonNull.nonNull(Scalars.GraphQLString)),
        environment -> environment.getArgument("text"));
    query(
        contribution,
        field("viewer", Scalars.GraphQLString),
        environment -> FetcherSupport.context(environment) instanceof Viewer viewer ? viewer.name() : null);
    query(
        contribution,
        field("fail", Scalars.GraphQLString),
        environment -> {
          throw new IllegalStateException("Cannot connect: " + SECRET);
        });
    query(
        contribution,
        field("slow", Scalars.GraphQLString),
        environment -> {
          slowStarted.countDown();
          return releaseSlow.await(10, TimeUnit.SECONDS) ? "done" : "timed out";
        });

    contribution.addMutationField(field("increment", Scalars.GraphQLInt));
    contribution.dataFetcher(FieldCoordinates.coordinates("Mutation", "increment"), environment -> counter.incrementAndGet());

    contribution.addSubscriptionField(field("countdown", Scalars.GraphQLInt, "from", GraphQLNonNull.nonNull(Scalars.GraphQLInt)));
    contribution.dataFetcher(
        FieldCoordinates.coordinates("Subscription", "countdown"),
        environment -> new TestPublishers.Countdown(environment.<Integer>getArgument("from")));
    contribution.addSubscriptionField(field("ticks", Scalars.GraphQLInt));
    contribution.dataFetcher(FieldCoordinates.coordinates("Subscription", "ticks"), environment -> ticks);
    contribution.addSubscriptionField(field("broken", Scalars.GraphQLInt));
    contribution.dataFetcher(
        FieldCoordinates.coordinates("Subscription", "broken"),
        environment -> new TestPublishers.FailingAfterOne(new IllegalStateException("Lost " + SECRET)));
    contribution.addSubscriptionField(field("idle", Scalars.GraphQLInt));
    contribution.dataFetcher(FieldCoordinates.coordinates("Subscription", "idle"), environment -> idle);
  }

  private static void query(SchemaContribution contribution, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
    contribution.addQueryField(field);
    contribution.dataFetcher(FieldCoordinates.coordinates("Query", field.getName()), fetcher);
  }

  private static GraphQLFieldDefinition field(String name, GraphQLOutputType type) {
    return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).build();
  }

  private static GraphQLFieldDefinition field(String name, GraphQLOutputType type, String argument, GraphQLInputType argumentType) {
    return GraphQLFieldDefinition.newFieldDefinition()
        .name(name)
        .type(type)
        .argument(a -> a.name(argument).type(argumentType))
        .build();
  }
}
