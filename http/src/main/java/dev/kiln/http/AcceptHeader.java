package dev.kiln.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The media types an {@code Accept} header allows (RFC 9110, section 12.5.1), and the choice among
 * those {@link GraphQLHttpHandler} can answer with.
 *
 * <p>For a JSON response the two GraphQL types are compared by quality ({@code q}), then by how
 * specifically the header names them. A tie between ranges that both name a type exactly goes to
 * {@code application/graphql-response+json}, which the GraphQL over HTTP specification prefers; a
 * tie between wildcards ({@code *}{@code /*}, {@code application/*}) goes to {@code
 * application/json}, because that is what clients written before {@code
 * application/graphql-response+json} send. A request without an {@code Accept} header is answered
 * with {@code application/graphql-response+json}, as the specification says after its 2025 watershed.
 */
final class AcceptHeader {
  private static final int NO_MATCH = -1;
  private static final int ANY_TYPE = 0;
  private static final int ANY_SUBTYPE = 1;
  private static final int EXACT = 2;

  /** {@code null} when the request has no {@code Accept} header, which accepts everything. */
  private final @Nullable List<MediaRange> ranges;

  private AcceptHeader(@Nullable List<MediaRange> ranges) {
    this.ranges = ranges;
  }

  /** The header's values, one per {@code Accept} header line; an empty list when there is none. */
  static AcceptHeader parse(List<String> values) {
    List<MediaRange> ranges = new ArrayList<>();
    for (String value : values) {
      for (String element : value.split(",")) {
        MediaRange range = MediaRange.parse(element);
        if (range != null) {
          ranges.add(range);
        }
      }
    }
    return new AcceptHeader(values.isEmpty() || values.stream().allMatch(String::isBlank) ? null : ranges);
  }

  /** The JSON format to answer with, or {@code null} if the header allows neither GraphQL type. */
  @Nullable ResponseFormat jsonFormat() {
    if (ranges == null) {
      return ResponseFormat.GRAPHQL_RESPONSE_JSON;
    }
    Match graphqlResponse = match("application", "graphql-response+json");
    Match json = match("application", "json");
    if (!graphqlResponse.acceptable() && !json.acceptable()) {
      return null;
    }
    if (graphqlResponse.quality != json.quality) {
      return graphqlResponse.quality > json.quality ? ResponseFormat.GRAPHQL_RESPONSE_JSON : ResponseFormat.JSON;
    }
    if (graphqlResponse.specificity != json.specificity) {
      return graphqlResponse.specificity > json.specificity ? ResponseFormat.GRAPHQL_RESPONSE_JSON : ResponseFormat.JSON;
    }
    return graphqlResponse.specificity == EXACT ? ResponseFormat.GRAPHQL_RESPONSE_JSON : ResponseFormat.JSON;
  }

  /**
   * Whether the header names {@code multipart/mixed} for incremental delivery in the format of
   * {@code deferSpec=20220824} (what Apollo Client's {@code Defer20220824Handler} and Apollo Router
   * send and read): by name, not by a wildcard, since a client that only says {@code *}{@code /*}
   * expects one JSON result; without a {@code deferSpec} or {@code incrementalSpec} parameter, or
   * with {@code deferSpec=20220824}. A range for another format (such as {@code
   * incrementalSpec=v0.2}, or Apollo's multipart subscriptions, {@code subscriptionSpec=1.0}) is
   * not this one.
   */
  boolean allowsDeferMultipart() {
    for (MediaRange range : ranges == null ? List.<MediaRange>of() : ranges) {
      if (range.specificityFor("multipart", "mixed") == EXACT
          && range.quality > 0
          && (range.spec == null || range.spec.equals("deferspec=20220824"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the header allows {@code text/event-stream}, by name or by a wildcard. */
  boolean allowsEventStream() {
    return ranges == null || match("text", "event-stream").acceptable();
  }

  /** The quality of the most specific range that matches {@code type/subtype}. */
  private Match match(String type, String subtype) {
    Match best = new Match(NO_MATCH, 0);
    for (MediaRange range : ranges == null ? List.<MediaRange>of() : ranges) {
      int specificity = range.specificityFor(type, subtype);
      if (specificity > best.specificity) {
        best = new Match(specificity, range.quality);
      }
    }
    return best;
  }

  private record Match(int specificity, double quality) {
    boolean acceptable() {
      return specificity != NO_MATCH && quality > 0;
    }
  }

  /** One element of the header, such as {@code application/json;q=0.9}. */
  private record MediaRange(String type, String subtype, double quality, @Nullable String spec) {

    static @Nullable MediaRange parse(String element) {
      String[] parts = element.split(";");
      String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
      if (mediaType.equals("*")) {
        mediaType = "*/*";
      }
      int slash = mediaType.indexOf('/');
      if (slash <= 0 || slash == mediaType.length() - 1) {
        return null;
      }
      double quality = 1;
      String spec = null;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].trim();
        String lower = parameter.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.startsWith("deferspec=") || lower.startsWith("incrementalspec=") || lower.startsWith("subscriptionspec=")) {
          spec = lower.replace("\"", "");
        }
        if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
          Double parsed = parseQuality(parameter.substring(2).trim());
          if (parsed == null) {
            return null;
          }
          quality = parsed;
        }
      }
      return new MediaRange(mediaType.substring(0, slash), mediaType.substring(slash + 1), quality, spec);
    }

    private static @Nullable Double parseQuality(String text) {
      try {
        double quality = Double.parseDouble(text);
        return quality >= 0 && quality <= 1 ? quality : null;
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }

    int specificityFor(String otherType, String otherSubtype) {
      if (type.equals("*")) {
        return subtype.equals("*") ? ANY_TYPE : NO_MATCH;
      }
      if (!type.equals(otherType)) {
        return NO_MATCH;
      }
      if (subtype.equals("*")) {
        return ANY_SUBTYPE;
      }
      return subtype.equals(otherSubtype) ? EXACT : NO_MATCH;
    }
  }
}
