package dev.kiln.integration.adversarial;

import static dev.kiln.integration.adversarial.Attack.aliased;
import static dev.kiln.integration.adversarial.Attack.deepFilter;
import static dev.kiln.integration.adversarial.Attack.fragmentExplosion;
import static dev.kiln.integration.adversarial.Attack.nested;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The attacks of the adversarial suite that the runtime answers, each with its whole answer. The
 * same attacks are sent through {@code Kiln.execute} and over HTTP.
 */
final class Attacks {
  private Attacks() {}

  /** The error that graphql-java's parser gives when {@code limit} is exceeded. */
  private static String parserLimit(String message, int line, int column) {
    return """
        {"errors": [{"message": "%s", "locations": [{"line": %d, "column": %d}], "extensions": {"classification": "InvalidSyntax"}}]}"""
        .formatted(message, line, column);
  }

  private static String limit(String message, String limit, int max) {
    return """
        {"errors": [{"message": "%s", "extensions": {"classification": "QUERY_LIMIT", "limit": "%s", "max": %d}}]}"""
        .formatted(message, limit, max);
  }

  /** The cost limit's refusal of an operation estimated at {@code cost}. */
  private static String cost(long cost) {
    return """
        {"errors": [{"message": "The operation's estimated cost is %d; the limit (maxCost) is 10000.",
                     "extensions": {"classification": "QUERY_LIMIT", "limit": "maxCost", "max": 10000, "cost": %d}}]}"""
        .formatted(cost, cost);
  }

  private static String validation(String message) {
    return """
        {"errors": [{"message": "%s", "extensions": {"classification": "ValidationError"}}]}""".formatted(message);
  }

  /** Errors for the first 99 unknown directives, then graphql-java's notice that it stopped at 100. */
  private static String unknownDirectives() {
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < 99; i++) {
      errors.add(
          """
          {"message": "Validation error (UnknownDirective@[member/name]) : Unknown directive 'd'", "locations": [{"line": 1, "column": %d}], "extensions": {"classification": "ValidationError"}}"""
              .formatted(24 + 3 * i));
    }
    errors.add(
        """
        {"message": "The maximum number of validation errors has been reached. (100)", "locations": [], "extensions": {"classification": "ValidationError"}}""");
    return "{\"errors\": [" + String.join(", ", errors) + "]}";
  }

  /** A result limit's refusal: execution had started, so the data is there, and null. */
  private static String resultLimit(String message, String limit, long max) {
    return """
        {"errors": [{"message": "%s", "extensions": {"classification": "QUERY_LIMIT", "limit": "%s", "max": %d}}], "data": null}"""
        .formatted(message, limit, max);
  }

  private static final String TOO_MANY_RESULT_NODES =
      resultLimit("The result has more than 100000 fields; the limit (maxResultNodes) is 100000.", "maxResultNodes", 100_000);

  /**
   * {@code followers(first: -1)} and then {@code levels} levels of {@code followers(first: 1000)}:
   * with the negative slice priced at nothing, it cost 1 and ran.
   */
  static String negativeSlice(int levels) {
    return "{ member(id: 1) { followers(first: -1) {" + " followers(first: 1000) {".repeat(levels) + " name" + " }".repeat(levels + 2) + " }";
  }

  /** {@code count} fragments on the query type, each selecting {@code __schema}, all spread at the root. */
  static String introspectionInFragments(int count) {
    StringBuilder document = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      document.append(" ...S").append(i);
    }
    document.append(" }");
    for (int i = 0; i < count; i++) {
      document.append(" fragment S").append(i).append(" on Query { __schema { types { name } } }");
    }
    return document.toString();
  }

  /** 40 characters of {@code x}, and the ellipsis that says the value was cut there. */
  private static final String CUT = "x".repeat(40) + "…";

  static List<Attack> all() {
    List<Attack> attacks = new ArrayList<>(withoutEcho());
    attacks.addAll(echoes());
    return attacks;
  }

  /** Values sent to be echoed: each answer shows at most 40 characters of them, and no Java type. */
  private static List<Attack> echoes() {
    String huge = "x".repeat(900_000);
    return List.of(
        Attack.of(
            "an ID of 900 KB",
            "{ member(id: \"" + huge + "\") { name } }",
            """
            {"errors": [{"message": "Argument \\"id\\" must be an ID in canonical decimal: ASCII digits without a sign or leading zeros, \\"-\\" for a negative number, within the range of a 64-bit integer.",
                         "locations": [{"line": 1, "column": 3}], "path": ["member"], "extensions": {"classification": "CLIENT_ERROR"}}],
             "data": null}"""),
        Attack.of(
            "a global ID of 900 KB",
            "{ node(id: \"" + huge + "\") { id } }",
            """
            {"errors": [{"message": "\\"%s\\" is not a valid ID.", "locations": [{"line": 1, "column": 3}], "path": ["node"],
                         "extensions": {"classification": "INVALID_ID"}}],
             "data": {"node": null}}""".formatted(CUT)),
        Attack.of(
            "a field name of 100 KB",
            "{ member(id: 1) { " + "x".repeat(100_000) + " } }",
            """
            {"errors": [{"message": "Validation error (FieldUndefined@[member/%s]) : Field '%s' in type 'Member' is undefined",
                         "locations": [{"line": 1, "column": 19}], "extensions": {"classification": "ValidationError"}}]}"""
                .formatted(CUT, CUT)),
        Attack.of(
            "a string literal of 100 KB for an Int",
            "{ members(first: \"" + "x".repeat(100_000) + "\") { name } }",
            """
            {"errors": [{"message": "Validation error (WrongType@[members]) : argument 'first' is not a valid 'Int' - Expected a value of type 'Int' (a whole number from -2147483648 to 2147483647) but it was \\"%s\\"",
                         "locations": [{"line": 1, "column": 11}], "extensions": {"classification": "ValidationError"}}]}"""
                .formatted(CUT)),
        Attack.of(
            "an object field name of 100 KB",
            "{ search(filter: {" + "x".repeat(100_000) + ": 1}) }",
            """
            {"errors": [{"message": "Validation error (WrongType@[search]) : argument 'filter' contains a field not in 'Filter': '%s'",
                         "locations": [{"line": 1, "column": 10}], "extensions": {"classification": "ValidationError"}}]}"""
                .formatted(CUT)),
        new Attack(
            "an operation name of 100 KB",
            "query A { me { name } }",
            "x".repeat(100_000),
            Map.of(),
            """
            {"errors": [{"message": "Unknown operation named '%s'.", "extensions": {"classification": "ValidationError"}}]}"""
                .formatted(CUT),
            true),
        new Attack(
            "a list for an ID variable",
            "query($id: ID!) { member(id: $id) { name } }",
            null,
            Map.of("id", List.of("1", "2")),
            """
            {"errors": [{"message": "Variable 'id' has an invalid value: Expected a value of type 'ID' (a string or a whole number) but it was a list",
                         "locations": [{"line": 1, "column": 7}], "extensions": {"classification": "ValidationError"}}]}""",
            true),
        new Attack(
            "a float for an Int variable",
            "query($first: Int!) { members(first: $first) { name } }",
            null,
            Map.of("first", 1.5),
            """
            {"errors": [{"message": "Variable 'first' has an invalid value: Expected a value of type 'Int' (a whole number from -2147483648 to 2147483647) but it was 1.5",
                         "locations": [{"line": 1, "column": 7}], "extensions": {"classification": "ValidationError"}}]}""",
            true),
        new Attack(
            "a list for a String variable",
            "query($f: Filter!) { search(filter: $f) }",
            null,
            Map.of("f", Map.of("name", List.of(huge))),
            """
            {"errors": [{"message": "Variable 'f' has an invalid value: Expected a value of type 'String' but it was not one",
                         "locations": [{"line": 1, "column": 7}], "extensions": {"classification": "ValidationError"}}]}""",
            true),
        new Attack(
            "a variable's field name of 100 KB",
            "query($f: Filter!) { search(filter: $f) }",
            null,
            Map.of("f", Map.of("x".repeat(100_000), 1)),
            """
            {"errors": [{"message": "The variables input contains a field name '%s' that is not defined for input object type 'Filter' ",
                         "extensions": {"classification": "ValidationError"}}]}"""
                .formatted(CUT),
            // Over HTTP, Jackson refuses an object key this long: HttpAttacks sends it.
            false));
  }

  private static List<Attack> withoutEcho() {
    return List.of(
        Attack.of(
            "nesting 101 levels deep",
            nested(101),
            """
            {"errors": [{"message": "Query depth 101 exceeds maximum allowed depth 100", "locations": [], "extensions": {"classification": "ValidationError"}}]}"""),
        Attack.of(
            "nesting 600 levels deep",
            nested(600),
            parserLimit(
                "More than 500 deep 'grammar' rules have been entered. To prevent Denial Of Service attacks, parsing has been cancelled.", 1, 1987)),
        Attack.of(
            "nesting 21 levels deep, past Kiln's limit",
            nested(21),
            limit("The operation is 21 fields deep; the limit (maxDepth) is 20.", "maxDepth", 20)),
        Attack.of(
            "a document of 1 MB",
            "{ member(id: 1) {" + " name".repeat(200_000) + " } }",
            parserLimit(
                "More than 15,000 'grammar' tokens have been presented. To prevent Denial Of Service attacks, parsing has been cancelled.", 1, 74979)),
        Attack.of(
            "a flood of commas",
            "{" + ",".repeat(500_000) + "member(id: 1) { name } }",
            parserLimit(
                "More than 200,000 'whitespace' tokens have been presented. To prevent Denial Of Service attacks, parsing has been cancelled.", 1, 200002)),
        Attack.of(
            "a flood of comments",
            "{" + "#c\n".repeat(250_000) + "member(id: 1) { name } }",
            parserLimit(
                "More than 15,000 'comments' tokens have been presented. To prevent Denial Of Service attacks, parsing has been cancelled.", 15001, 1)),
        Attack.of(
            "5,000 aliases",
            "{ member(id: 1) {" + aliased("name", 5000) + " } }",
            parserLimit(
                "More than 15,000 'grammar' tokens have been presented. To prevent Denial Of Service attacks, parsing has been cancelled.", 1, 58878)),
        Attack.of(
            "1,000 aliases, within the parser's limits",
            "{ member(id: 1) {" + aliased("name", 1000) + " } }",
            limit("The operation has 1000 aliases; the limit (maxAliases) is 30.", "maxAliases", 30)),
        Attack.of(
            "1,300 aliases of one root field",
            "{" + aliased("audit", 1300) + " }",
            limit("The operation asks for 1300 root fields; the limit (maxRootFields) is 20.", "maxRootFields", 20)),
        Attack.of(
            "a list fanning out to a million fields",
            "{ members(first: 1000) { followers(first: 1000) { name } } }",
            cost(1_001_000)),
        Attack.of(
            "a fragment explosion",
            fragmentExplosion(30),
            """
            {"errors": [{"message": "Query has 196,621 fields which exceeds maximum allowed 100,000", "locations": [], "extensions": {"classification": "ValidationError"}}]}"""),
        Attack.of(
            "circular fragments",
            "{ member(id: 1) { ...A } } fragment A on Member { ...B } fragment B on Member { ...A }",
            """
            {"errors": [
              {"message": "Validation error (FragmentCycle@[A]) : Fragment cycles not allowed", "locations": [{"line": 1, "column": 28}], "extensions": {"classification": "ValidationError"}},
              {"message": "Validation error (FragmentCycle@[B]) : Fragment cycles not allowed", "locations": [{"line": 1, "column": 58}], "extensions": {"classification": "ValidationError"}}]}"""),
        Attack.of("5,000 unknown directives", "{ member(id: 1) { name" + " @d".repeat(5000) + " } }", unknownDirectives()),
        Attack.of(
            "7,000 identical fields",
            "{ member(id: 1) {" + " name".repeat(7000) + " } }",
            """
            {"data": {"member": {"name": "member-1"}}}"""),
        Attack.of(
            "bad-faith introspection",
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            """
            {"errors": [{"message": "This request is not asking for introspection in good faith - __Type.fields is present too often!", "extensions": {"classification": "BadFaithIntrospection"}}]}"""),
        Attack.of(
            "a resolver exception carrying secrets",
            "{ audit }",
            """
            {"errors": [{"message": "Internal error", "locations": [{"line": 1, "column": 3}], "path": ["audit"], "extensions": {"errorId": "<errorId>", "classification": "INTERNAL_ERROR"}}], "data": {"audit": null}}"""),
        Attack.of(
            "first: 2147483647",
            "{ member(id: 1) { followers(first: 2147483647) { followers(first: 2147483647) { name } } } }",
            cost(4_611_686_016_279_904_257L)),
        Attack.of("a list of two million items", "{ ledger }", TOO_MANY_RESULT_NODES),
        Attack.of(
            "an aliased fragment spread 20 times",
            "{ member(id: 1) {" + " ...A".repeat(20) + " } } fragment A on Member { a: name b: name }",
            limit("The operation has 40 aliases; the limit (maxAliases) is 30.", "maxAliases", 30)),
        Attack.of(
            "a negative first above 15 levels of followers",
            negativeSlice(15),
            """
            {"errors": [{"message": "The argument \\"first\\" of the field \\"followers\\" is -1; it slices a list, so it must not be negative.",
                         "locations": [{"line": 1, "column": 19}], "extensions": {"classification": "ValidationError", "argument": "first"}}]}"""),
        new Attack(
            "a negative first given as a variable",
            "query($n: Int!) { members(first: $n) { followers(first: 1000) { followers(first: 1000) { name } } } }",
            null,
            Map.of("n", -5),
            """
            {"errors": [{"message": "The argument \\"first\\" of the field \\"members\\" is -5; it slices a list, so it must not be negative.",
                         "locations": [{"line": 1, "column": 19}], "extensions": {"classification": "ValidationError", "argument": "first"}}]}""",
            true),
        Attack.of(
            "10 __schema in 10 fragments",
            introspectionInFragments(10),
            limit(
                "The operation selects \\\"__schema\\\" 10 times, fragments spread; the limit (maxIntrospectionRoots) is 1.", "maxIntrospectionRoots", 1)),
        Attack.of(
            "74 bytes asking for 20 MB of comments",
            "{ members(first: 50) { comments } again: members(first: 50) { comments } }",
            resultLimit("The result is larger than 10000000 bytes; the limit (maxResultBytes) is 10000000.", "maxResultBytes", 10_000_000)),
        new Attack(
            "a variable of the wrong type",
            "query($first: Int!) { members(first: $first) { name } }",
            null,
            Map.of("first", "ten"),
            """
            {"errors": [{"message": "Variable 'first' has an invalid value: Expected a value of type 'Int' (a whole number from -2147483648 to 2147483647) but it was \\"ten\\"", "locations": [{"line": 1, "column": 7}], "extensions": {"classification": "ValidationError"}}]}""",
            true),
        new Attack(
            "a variable nested 3,000 levels deep",
            "query($filter: Filter!) { search(filter: $filter) }",
            null,
            Map.of("filter", deepFilter(3000)),
            limit("The variables are nested more than 100 levels deep; the limit (maxInputDepth) is 100.", "maxInputDepth", 100),
            false),
        Attack.of(
            "several operations without operationName",
            "query A { me { name } } query B { members { name } }",
            validation("Must provide operation name if query contains multiple operations.")),
        Attack.of(
            "a tampered global ID",
            // base64url of "Member:1' OR 1=1", where "TWVtYmVyOjE" is a real ID, "Member:1".
            "{ node(id: \"TWVtYmVyOjEnIE9SIDE9MQ\") { id ... on Member { name } } }",
            """
            {"errors": [{"message": "\\"TWVtYmVyOjEnIE9SIDE9MQ\\" is not a valid ID.", "locations": [{"line": 1, "column": 3}], "path": ["node"],
                         "extensions": {"classification": "INVALID_ID"}}],
             "data": {"node": null}}"""),
        Attack.of(
            "an unauthorized field on a direct method",
            "{ flagged { name } }",
            """
            {"errors": [{"message": "Not authorized to read \\"Query.flagged\\".", "locations": [{"line": 1, "column": 3}], "path": ["flagged"],
                         "extensions": {"classification": "UNAUTHORIZED"}}],
             "data": {"flagged": null}}"""),
        Attack.of(
            "an unauthorized field on an inherited method",
            "{ members(first: 2) { name email } }",
            """
            {"data": {"members": [{"name": "member-1", "email": null}, {"name": "member-2", "email": null}]}}"""),
        Attack.of(
            "an unauthorized inherited field, reached through node(id:)",
            "{ node(id: \"TWVtYmVyOjE\") { ... on Member { name email } } }",
            """
            {"data": {"node": {"name": "member-1", "email": null}}}"""));
  }
}
