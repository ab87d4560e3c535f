package dev.kiln.runtime.scalars;

import graphql.schema.GraphQLScalarType;
import java.util.List;
import java.util.Optional;

/**
 * Scalars for common Java types that GraphQL has no built-in scalar for.
 *
 * <table>
 *   <caption>The scalars, their Java types and their JSON form</caption>
 *   <tr><th>Scalar</th><th>Java</th><th>Result</th><th>Input</th></tr>
 *   <tr><td>{@link #LONG Long}</td><td>{@code long}, {@link Long}</td><td>number</td>
 *       <td>integer literal; whole JSON number</td></tr>
 *   <tr><td>{@link #BIG_INTEGER BigInteger}</td><td>{@link java.math.BigInteger}</td>
 *       <td>string of digits</td><td>integer or string literal; string of digits or whole JSON number</td></tr>
 *   <tr><td>{@link #BIG_DECIMAL BigDecimal}</td><td>{@link java.math.BigDecimal}</td>
 *       <td>string, plain notation</td><td>integer, float or string literal; numeric string or JSON number</td></tr>
 *   <tr><td>{@link #UUID UUID}</td><td>{@link java.util.UUID}</td><td>string, lowercase</td>
 *       <td>string</td></tr>
 *   <tr><td>{@link #DATE Date}</td><td>{@link java.time.LocalDate}</td><td>string, {@code YYYY-MM-DD}</td>
 *       <td>string</td></tr>
 *   <tr><td>{@link #DATE_TIME DateTime}</td><td>{@link java.time.OffsetDateTime}, {@link
 *       java.time.Instant}</td><td>string, RFC 3339 with milliseconds</td><td>string</td></tr>
 *   <tr><td>{@link #URL URL}</td><td>{@link java.net.URI}, {@link java.net.URL}</td><td>string</td>
 *       <td>string</td></tr>
 * </table>
 *
 * <p>Each scalar's description, visible through introspection, states its rules exactly, and its
 * {@code @specifiedBy} URL names the specification it follows. Errors read like graphql-java's own,
 * for example {@code Expected a whole number for type 'Long' but it was '1.5'}; they are in English
 * whatever the request's locale.
 */
public final class KilnScalars {

  /** A signed 64-bit integer, as a JSON number. */
  public static final GraphQLScalarType LONG = GraphQLScalarType.newScalar()
      .name("Long")
      .description("A signed 64-bit integer, from -9223372036854775808 to 9223372036854775807. Results are "
          + "JSON numbers. Inputs are integer literals or JSON numbers without a fractional part; strings are "
          + "refused. JavaScript's JSON.parse rounds integers beyond 2^53 - 1: use BigInteger where that matters.")
      .specifiedByUrl("https://scalars.graphql.org/chillicream/long.html")
      .coercing(new LongCoercing())
      .build();

  /** An integer of any size, as a JSON string of decimal digits so that no client rounds it. */
  public static final GraphQLScalarType BIG_INTEGER = GraphQLScalarType.newScalar()
      .name("BigInteger")
      .description("An integer of any size. Results are JSON strings of decimal digits with an optional leading "
          + "'-' and no leading zeros (the '[ minus ] int' part of the RFC 8259 number grammar), so that no client "
          + "loses precision. Inputs are such strings, integer literals, or JSON numbers without a fractional part.")
      .specifiedByUrl("https://www.rfc-editor.org/rfc/rfc8259#section-6")
      .coercing(new BigIntegerCoercing())
      .build();

  /** An exact decimal number, as a JSON string in plain notation that keeps its scale. */
  public static final GraphQLScalarType BIG_DECIMAL = GraphQLScalarType.newScalar()
      .name("BigDecimal")
      .description("An exact decimal number of any size and precision. Results are JSON strings in plain notation, "
          + "without an exponent, that keep trailing zeros (\"1.50\" stays \"1.50\"). Inputs are strings holding an "
          + "RFC 8259 number (exponents allowed), integer or float literals, or JSON numbers. A value may have at "
          + "most 1000 decimal places and at most 1000 zeros implied by its exponent.")
      .specifiedByUrl("https://www.rfc-editor.org/rfc/rfc8259#section-6")
      .coercing(new BigDecimalCoercing())
      .build();

  /** A universally unique identifier, as a lowercase string in the 8-4-4-4-12 form. */
  public static final GraphQLScalarType UUID = GraphQLScalarType.newScalar()
      .name("UUID")
      .description("A universally unique identifier (RFC 9562): 32 hexadecimal digits in the form "
          + "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Results use lowercase digits; inputs may use either case.")
      .specifiedByUrl("https://scalars.graphql.org/chillicream/uuid.html")
      .coercing(new UuidCoercing())
      .build();

  /** A calendar date without a time or time zone, as {@code YYYY-MM-DD}. */
  public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
      .name("Date")
      .description("A calendar date without a time or a time zone, as an RFC 3339 full-date: YYYY-MM-DD, "
          + "with years from 0000 to 9999.")
      .specifiedByUrl("https://scalars.graphql.org/andimarek/local-date.html")
      .coercing(new DateCoercing())
      .build();

  /** An exact point in time with an offset from UTC, as an RFC 3339 date-time with milliseconds. */
  public static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
      .name("DateTime")
      .description("An exact point in time with an offset from UTC, as an RFC 3339 date-time. Results always have "
          + "exactly three fractional digits (milliseconds, truncated) and write a zero offset as Z, like "
          + "2011-08-30T13:22:53.108Z. Inputs must have an offset (Z or +hh:mm or -hh:mm, but not -00:00) and may "
          + "have from zero to nine fractional digits.")
      .specifiedByUrl("https://scalars.graphql.org/andimarek/date-time.html")
      .coercing(new DateTimeCoercing())
      .build();

  /** An absolute URL, one with a scheme. */
  public static final GraphQLScalarType URL = GraphQLScalarType.newScalar()
      .name("URL")
      .description("An absolute URL, with a scheme, as defined by RFC 3986, like https://example.com/path?q=1. "
          + "Results are ASCII, with any other character percent-encoded.")
      .specifiedByUrl("https://scalars.graphql.org/chillicream/url.html")
      .coercing(new UrlCoercing())
      .build();

  private static final List<GraphQLScalarType> ALL =
      List.of(LONG, BIG_INTEGER, BIG_DECIMAL, UUID, DATE, DATE_TIME, URL);

  private KilnScalars() {}

  /**
   * Every scalar here, in the order they are declared in this class.
   *
   * @return an immutable list
   */
  public static List<GraphQLScalarType> all() {
    return ALL;
  }

  /**
   * The scalar with the given GraphQL name, such as {@code "DateTime"}.
   *
   * @param name the scalar's name in the schema; case matters
   * @return the scalar, or empty if none here has that name
   */
  public static Optional<GraphQLScalarType> named(String name) {
    return ALL.stream().filter(scalar -> scalar.getName().equals(name)).findFirst();
  }
}
