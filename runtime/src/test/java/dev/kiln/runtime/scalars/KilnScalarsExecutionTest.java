package dev.kiln.runtime.scalars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.math.BigInteger;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scalars inside a real graphql-java schema: each has a field {@code long(value: Long): Long}
 * and so on that echoes its argument, so a request shows parsing and serializing together.
 */
class KilnScalarsExecutionTest {

  private static final GraphQL GRAPHQL = GraphQL.newGraphQL(schema()).build();

  private static GraphQLSchema schema() {
    GraphQLObjectType.Builder query = GraphQLObjectType.newObject().name("Query");
    GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry();
    for (GraphQLScalarType scalar : KilnScalars.all()) {
      String field = fieldName(scalar);
      query.field(GraphQLFieldDefinition.newFieldDefinition()
          .name(field)
          .argument(argument -> argument.name("value").type(scalar))
          .type(scalar));
      code.dataFetcher(FieldCoordinates.coordinates("Query", field), (DataFetcher<?>) env -> env.getArgument("value"));
    }
    addConstant(query, code, "instant", KilnScalars.DATE_TIME, Instant.parse("2011-08-30T13:22:53.108777Z"));
    addConstant(query, code, "javaNetUrl", KilnScalars.URL, javaNetUrl("https://example.com/path"));
    addConstant(query, code, "relativeUri", KilnScalars.URL, URI.create("/relative"));
    addConstant(query, code, "hugeLong", KilnScalars.LONG, new BigInteger("9223372036854775808"));
    return GraphQLSchema.newSchema().query(query).codeRegistry(code.build()).build();
  }

  private static void addConstant(
      GraphQLObjectType.Builder query, GraphQLCodeRegistry.Builder code, String field, GraphQLScalarType type,
      Object value) {
    query.field(GraphQLFieldDefinition.newFieldDefinition().name(field).type(type));
    code.dataFetcher(FieldCoordinates.coordinates("Query", field), (DataFetcher<?>) env -> value);
  }

  private static URL javaNetUrl(String url) {
    try {
      return URI.create(url).toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** {@code Long} → {@code long}, {@code BigInteger} → {@code bigInteger}, {@code UUID} → {@code uuid}. */
  private static String fieldName(GraphQLScalarType scalar) {
    String name = scalar.getName();
    if (name.equals(name.toUpperCase(Locale.ROOT))) {
      return name.toLowerCase(Locale.ROOT);
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Map<String, Object> execute(String query, Map<String, Object> variables) {
    return GRAPHQL.execute(ExecutionInput.newExecutionInput(query).variables(variables)).toSpecification();
  }

  private static Map<String, Object> data(Object... namesAndValues) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      data.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return Map.of("data", data);
  }

  @Test
  void echoesLiteralsInTheirResultForm() {
    Map<String, Object> result = execute("""
        {
          long(value: 9007199254740993)
          bigInteger(value: 123456789012345678901234567890)
          bigDecimal(value: 1.50)
          uuid(value: "123E4567-E89B-12D3-A456-426614174000")
          date(value: "2024-02-29")
          dateTime(value: "2011-08-30t13:22:53.1234+02:00")
          url(value: "https://example.com/caf\u00e9?q=1")
        }""", Map.of());

    assertEquals(data(
        "long", 9007199254740993L,
        "bigInteger", "123456789012345678901234567890",
        "bigDecimal", "1.50",
        "uuid", "123e4567-e89b-12d3-a456-426614174000",
        "date", "2024-02-29",
        "dateTime", "2011-08-30T13:22:53.123+02:00",
        "url", "https://example.com/caf%C3%A9?q=1"), result);
  }

  @Test
  void echoesVariablesInTheirResultForm() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("long", 5.0d);
    variables.put("bigInteger", "-98765432109876543210");
    variables.put("bigDecimal", 0.1d);
    variables.put("uuid", "00000000-0000-0000-0000-000000000000");
    variables.put("date", "0999-12-31");
    variables.put("dateTime", "2011-08-30T13:22:53Z");
    variables.put("url", "urn:isbn:0451450523");

    Map<String, Object> result = execute("""
        query Echo($long: Long, $bigInteger: BigInteger, $bigDecimal: BigDecimal, $uuid: UUID, $date: Date,
                   $dateTime: DateTime, $url: URL) {
          long(value: $long)
          bigInteger(value: $bigInteger)
          bigDecimal(value: $bigDecimal)
          uuid(value: $uuid)
          date(value: $date)
          dateTime(value: $dateTime)
          url(value: $url)
        }""", variables);

    assertEquals(data(
        "long", 5L,
        "bigInteger", "-98765432109876543210",
        "bigDecimal", "0.1",
        "uuid", "00000000-0000-0000-0000-000000000000",
        "date", "0999-12-31",
        "dateTime", "2011-08-30T13:22:53.000Z",
        "url", "urn:isbn:0451450523"), result);
  }

  @Test
  void serializesInstantsAndJavaNetUrlsReturnedByDataFetchers() {
    assertEquals(
        data("instant", "2011-08-30T13:22:53.108Z", "javaNetUrl", "https://example.com/path"),
        execute("{ instant javaNetUrl }", Map.of()));
  }

  @Test
  void reportsALiteralOfTheWrongKindAsAValidationError() {
    Map<String, Object> result = execute("{ long(value: \"42\") }", Map.of());

    assertEquals(Map.of("errors", List.of(Map.of(
        "message", "Validation error (WrongType@[long]) : argument 'value' with value 'StringValue{value='42'}' "
            + "is not a valid 'Long' - Expected an integer literal but it was \"42\"",
        "locations", List.of(Map.of("line", 1, "column", 8)),
        "extensions", Map.of("classification", "ValidationError")))), result);
  }

  @Test
  void reportsAVariableThatBreaksTheScalarsRules() {
    Map<String, Object> result = execute(
        "query ($when: DateTime) { dateTime(value: $when) }", Map.of("when", "2011-08-30T13:22:53"));

    assertEquals(Map.of("errors", List.of(Map.of(
        "message", "Variable 'when' has an invalid value: Expected an RFC 3339 date-time with an offset, like "
            + "'2011-08-30T13:22:53.108Z', for type 'DateTime' but it was '2011-08-30T13:22:53'",
        "locations", List.of(Map.of("line", 1, "column", 8)),
        "extensions", Map.of("classification", "ValidationError")))), result);
  }

  @Test
  void reportsAValueTheDataFetcherReturnedThatTheScalarCannotWrite() {
    Map<String, Object> result = execute("{ date(value: \"2024-01-01\") relativeUri hugeLong }", Map.of());

    Map<String, Object> data = new LinkedHashMap<>();
    data.put("date", "2024-01-01");
    data.put("relativeUri", null);
    data.put("hugeLong", null);
    assertEquals(Map.of(
        "errors", List.of(
            Map.of(
                "message", "Can't serialize value (/relativeUri) : Expected an absolute URL with a scheme, like "
                    + "'https://example.com/', for type 'URL' but it was '/relative'",
                "path", List.of("relativeUri"),
                "extensions", Map.of("classification", "DataFetchingException")),
            Map.of(
                "message", "Can't serialize value (/hugeLong) : Expected a value between -9223372036854775808 and "
                    + "9223372036854775807 for type 'Long' but it was '9223372036854775808'",
                "path", List.of("hugeLong"),
                "extensions", Map.of("classification", "DataFetchingException"))),
        "data", data), result);
  }

  @Test
  void introspectionShowsEachScalarsSpecification() {
    Map<String, Object> result = execute("{ __type(name: \"DateTime\") { name specifiedByURL } }", Map.of());

    assertEquals(data("__type", Map.of(
        "name", "DateTime",
        "specifiedByURL", "https://scalars.graphql.org/andimarek/date-time.html")), result);
  }

  @Test
  void theParsedArgumentHasTheScalarsJavaType() {
    Map<String, Object> seen = new LinkedHashMap<>();
    GraphQLObjectType query = GraphQLObjectType.newObject().name("Query")
        .field(field -> field.name("probe").type(KilnScalars.DATE)
            .argument(a -> a.name("date").type(KilnScalars.DATE))
            .argument(a -> a.name("dateTime").type(KilnScalars.DATE_TIME))
            .argument(a -> a.name("url").type(KilnScalars.URL)))
        .build();
    GraphQLCodeRegistry code = GraphQLCodeRegistry.newCodeRegistry()
        .dataFetcher(FieldCoordinates.coordinates("Query", "probe"), (DataFetcher<?>) env -> {
          seen.putAll(env.getArguments());
          return env.getArgument("date");
        })
        .build();
    GraphQL graphql = GraphQL.newGraphQL(GraphQLSchema.newSchema().query(query).codeRegistry(code).build()).build();

    graphql.execute("{ probe(date: \"2024-02-29\", dateTime: \"2011-08-30T13:22:53+01:00\", url: \"https://a.example\") }");

    assertEquals(Map.of(
        "date", LocalDate.parse("2024-02-29"),
        "dateTime", OffsetDateTime.parse("2011-08-30T13:22:53+01:00"),
        "url", URI.create("https://a.example")), seen);
  }
}
