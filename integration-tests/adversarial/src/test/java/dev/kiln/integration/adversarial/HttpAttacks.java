package dev.kiln.integration.adversarial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** The attacks that only HTTP can carry, each with the exact answer it must get. */
final class HttpAttacks {
  private HttpAttacks() {}

  /**
   * One attack over HTTP.
   *
   * @param name what the attack is
   * @param send how it is sent
   * @param status the status it must get
   * @param expected the whole body it must get
   */
  record HttpAttack(String name, Function<HttpAttacker, HttpAttacker.Answer> send, int status, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static String error(String message) {
    return "{\"errors\": [{\"message\": \"" + message.replace("\"", "\\\"") + "\"}]}";
  }

  static List<HttpAttack> all() {
    String thousand = "[" + String.join(",", Collections.nCopies(1000, "{\"query\": \"{ member(id: 1) { name } }\"}")) + "]";
    StringBuilder deepJson = new StringBuilder("{\"query\": \"query($f: Filter!) { search(filter: $f) }\", \"variables\": {\"f\": ");
    deepJson.append("{\"not\": ".repeat(2999)).append("{\"name\": \"m\"}").append("}".repeat(2999)).append("}}");
    List<HttpAttack> attacks = new ArrayList<>();
    attacks.add(
        new HttpAttack(
            "a batch of 1,000 operations",
            http -> http.post(thousand, "application/json"),
            400,
            """
            {"errors": [{"message": "The batch has 1000 operations; the limit (maxBatchOperations) is 10.",
                         "extensions": {"classification": "QUERY_LIMIT", "limit": "maxBatchOperations", "max": 10}}]}"""));
    attacks.add(
        new HttpAttack(
            "a mutation over GET",
            http -> http.get("mutation { follow(id: 2) { name } }"),
            405,
            error("A mutation must be sent with POST; GET is for queries.")));
    attacks.add(
        new HttpAttack(
            "a bad content type",
            http -> http.post("{\"query\": \"{ member(id: 1) { name } }\"}", "text/plain"),
            415,
            error("The Content-Type of a POST request must be application/json.")));
    attacks.add(
        new HttpAttack(
            "malformed JSON",
            http -> http.post("{\"query\": \"{ member(id: 1) { name } }\"", "application/json"),
            400,
            error("The request body is not valid JSON (line 1, column 39).")));
    attacks.add(
        new HttpAttack(
            "a JSON variable nested 3,000 levels deep",
            http -> http.post(deepJson.toString(), "application/json"),
            400,
            error("The request body nests JSON more than 1000 levels deep.")));
    attacks.add(
        new HttpAttack(
            "a number of 1,001 digits",
            http -> http.post("{\"query\": \"{ member(id: 1) { name } }\", \"variables\": {\"n\": " + "1".repeat(1001) + "}}", "application/json"),
            400,
            error("The request body has a number longer than 1000 characters.")));
    attacks.add(
        new HttpAttack(
            "an object key of 100 KB",
            http -> http.post("{\"query\": \"{ member(id: 1) { name } }\", \"variables\": {\"" + "x".repeat(100_000) + "\": 1}}", "application/json"),
            400,
            error("The request body has an object key longer than 50000 characters.")));
    attacks.add(
        new HttpAttack(
            "a body of 100 MiB",
            http -> http.announcePost(100L * 1024 * 1024),
            413,
            error("The request body is larger than the limit of 1048576 bytes.")));
    attacks.add(
        new HttpAttack(
            "a batch of 10 operations, each within maxCost, together 2.5 times over it",
            http -> http.post("[" + String.join(",", Collections.nCopies(10, "{\"query\": \"{ members(first: 2500) { __typename } }\"}")) + "]", "application/json"),
            200,
            sharedBudget()));
    return attacks;
  }

  /**
   * The batch's answer: the first four operations spend the request's cost budget (4 x 2,500 of
   * 10,000), and the six after them are refused.
   */
  private static String sharedBudget() {
    String members = "{\"data\": {\"members\": [" + String.join(",", Collections.nCopies(Network.FOLLOWERS_PER_MEMBER, "{\"__typename\": \"Member\"}")) + "]}}";
    String refused =
        """
        {"errors": [{"message": "The request's operations have an estimated cost of 12500 together; the limit (maxCost) is 10000 for all the operations of a request.",
                     "extensions": {"classification": "QUERY_LIMIT", "limit": "maxCost", "max": 10000, "cost": 12500}}]}""";
    List<String> answers = new ArrayList<>(Collections.nCopies(4, members));
    answers.addAll(Collections.nCopies(6, refused));
    return "[" + String.join(",", answers) + "]";
  }
}
