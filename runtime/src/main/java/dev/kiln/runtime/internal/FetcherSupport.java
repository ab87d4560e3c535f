package dev.kiln.runtime.internal;

import dev.kiln.runtime.ClientValues;
import dev.kiln.runtime.GraphQLClientException;
import dev.kiln.runtime.KilnRequest;
import dev.kiln.runtime.spi.NodeKey;
import graphql.schema.DataFetchingEnvironment;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Conversions that generated data fetchers apply to argument values, after graphql-java has
 * coerced them to its own representation ({@code Integer}, {@code Double}, {@code String}, {@code
 * List}). A value that fits the GraphQL type but not the Java parameter is the client's error.
 */
public final class FetcherSupport {
  private FetcherSupport() {}

  /** The request's context object (the viewer), or {@code null} if the request has none. */
  public static @Nullable Object context(DataFetchingEnvironment environment) {
    return environment.getGraphQlContext().get(KilnRequest.CONTEXT_KEY);
  }

  /** A {@code DateTime} argument for an {@code Instant} parameter. */
  public static @Nullable Instant toInstant(@Nullable Object value, String argument) {
    return value == null ? null : ((OffsetDateTime) value).toInstant();
  }

  /** A {@code URL} argument for a {@code java.net.URL} parameter. */
  public static @Nullable URL toUrl(@Nullable Object value, String argument) {
    if (value == null) {
      return null;
    }
    try {
      return ((URI) value).toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new GraphQLClientException("Argument \"" + argument + "\" must be a URL with a protocol Java knows, such as https.");
    }
  }

  /** An {@code Int} argument for a {@code short} parameter. */
  public static @Nullable Short toShort(@Nullable Object value, String argument) {
    if (value == null) {
      return null;
    }
    int i = ((Number) value).intValue();
    if (i < Short.MIN_VALUE || i > Short.MAX_VALUE) {
      throw outOfRange(argument, i, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    return (short) i;
  }

  /** An {@code Int} argument for a {@code byte} parameter. */
  public static @Nullable Byte toByte(@Nullable Object value, String argument) {
    if (value == null) {
      return null;
    }
    int i = ((Number) value).intValue();
    if (i < Byte.MIN_VALUE || i > Byte.MAX_VALUE) {
      throw outOfRange(argument, i, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }
    return (byte) i;
  }

  /** A {@code Float} argument for a {@code float} parameter. */
  public static @Nullable Float toFloat(@Nullable Object value, String argument) {
    if (value == null) {
      return null;
    }
    double d = ((Number) value).doubleValue();
    if (Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE) {
      throw new GraphQLClientException(
          "Argument \"" + argument + "\" must be a Float within ±" + Float.MAX_VALUE + ".");
    }
    return (float) d;
  }

  /** An {@code ID} argument for an {@code int} parameter; only the canonical decimal text, as in global IDs. */
  public static @Nullable Integer idToInt(@Nullable Object value, String argument) {
    if (value == null) {
      return null;
    }
    Object key = NodeKey.INT.parse(value.toString());
    if (key == null) {
      throw new GraphQLClientException(
          "Argument \"" + argument + "\" must be an ID in canonical decimal: ASCII digits without a sign or"
              + " leading zeros, \"-\" for a negative number, within the range of a 32-bit integer.");
    }
    return (Integer) key;
  }

  /** An {@code ID} argument for a {@code long} parameter; only the canonical decimal text, as in global IDs. */
  public static @Nullable Long idToLong(@Nullable Object value, String argument) {
    if (value == null) {
      return null;
    }
    Object key = NodeKey.LONG.parse(value.toString());
    if (key == null) {
      throw new GraphQLClientException(
          "Argument \"" + argument + "\" must be an ID in canonical decimal: ASCII digits without a sign or"
              + " leading zeros, \"-\" for a negative number, within the range of a 64-bit integer.");
    }
    return (Long) key;
  }

  /** An {@code ID} argument for a {@code UUID} parameter. */
  public static java.util.@Nullable UUID idToUuid(@Nullable Object value, String argument) {
    if (value == null) {
      return null;
    }
    java.util.UUID uuid = (java.util.UUID) NodeKey.UUID.parse(value.toString());
    if (uuid == null) {
      throw new GraphQLClientException(
          "Argument \"" + argument + "\" must be an ID that is a UUID in its canonical lowercase form.");
    }
    return uuid;
  }

  /** A list argument whose elements each need a conversion. */
  public static <T> @Nullable List<T> mapList(
      @Nullable Object value, Function<@Nullable Object, T> element) {
    if (value == null) {
      return null;
    }
    Collection<?> values = (Collection<?>) value;
    List<T> result = new ArrayList<>(values.size());
    for (Object v : values) {
      result.add(element.apply(v));
    }
    return result;
  }

  /** A list argument for a {@code Set} parameter, each element converted; keeps the client's order. */
  public static <T> @Nullable Set<T> mapSet(
      @Nullable Object value, Function<@Nullable Object, T> element) {
    if (value == null) {
      return null;
    }
    Collection<?> values = (Collection<?>) value;
    Set<T> result = new LinkedHashSet<>();
    for (Object v : values) {
      result.add(element.apply(v));
    }
    return result;
  }

  /** A list argument for an array parameter of reference type, each element converted. */
  public static <T> T @Nullable [] mapArray(
      @Nullable Object value, Function<@Nullable Object, T> element, IntFunction<T[]> newArray) {
    if (value == null) {
      return null;
    }
    Collection<?> values = (Collection<?>) value;
    T[] result = newArray.apply(values.size());
    int i = 0;
    for (Object v : values) {
      result[i++] = element.apply(v);
    }
    return result;
  }

  /** A list of {@code Int} for an {@code int[]} parameter. */
  public static int @Nullable [] toIntArray(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    Collection<?> values = (Collection<?>) value;
    int[] result = new int[values.size()];
    int i = 0;
    for (Object v : values) {
      result[i++] = ((Number) v).intValue();
    }
    return result;
  }

  /** A list of {@code Float} for a {@code double[]} parameter. */
  public static double @Nullable [] toDoubleArray(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    Collection<?> values = (Collection<?>) value;
    double[] result = new double[values.size()];
    int i = 0;
    for (Object v : values) {
      result[i++] = ((Number) v).doubleValue();
    }
    return result;
  }

  /** A list of {@code Boolean} for a {@code boolean[]} parameter. */
  public static boolean @Nullable [] toBooleanArray(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    Collection<?> values = (Collection<?>) value;
    boolean[] result = new boolean[values.size()];
    int i = 0;
    for (Object v : values) {
      result[i++] = (Boolean) v;
    }
    return result;
  }

  private static GraphQLClientException outOfRange(String argument, int value, int min, int max) {
    return new GraphQLClientException(
        "Argument \"" + argument + "\" must be between " + min + " and " + max + ", but was " + ClientValues.shown(value) + ".");
  }
}
