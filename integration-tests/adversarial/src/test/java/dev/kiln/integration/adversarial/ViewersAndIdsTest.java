package dev.kiln.integration.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The other side of the authorization and global-ID attacks: the checks that refuse an attacker
 * let the right viewer through, and a refused request never reaches the backend.
 */
class ViewersAndIdsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Network network = new Network();
  private final Kiln kiln = Networks.kiln(network).build();

  private static JsonNode run(Kiln kiln, String query, @Nullable Viewer viewer) throws Exception {
    KilnRequest request = KilnRequest.newRequest().query(query).context(viewer).build();
    return RuntimeAttacksTest.answer(JSON.writeValueAsString(kiln.execute(request).toSpecification()));
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void aMemberReadsTheirOwnInheritedEmailAndNoOneElses() throws Exception {
    assertEquals(
        json(
            """
            {"data": {"members": [{"name": "member-1", "email": null}, {"name": "member-2", "email": "member-2@example.net"},
                                  {"name": "member-3", "email": null}]}}"""),
        run(kiln, "{ members(first: 3) { name email } }", new Viewer(2)));
  }

  @Test
  void aModeratorReadsTheFlaggedMembersAndOthersNeverReachTheBackend() throws Exception {
    String query = "{ flagged { name } }";
    JsonNode denied =
        json(
            """
            {"errors": [{"message": "Not authorized to read \\"Query.flagged\\".", "locations": [{"line": 1, "column": 3}], "path": ["flagged"],
                         "extensions": {"classification": "UNAUTHORIZED"}}],
             "data": {"flagged": null}}""");

    assertEquals(denied, run(kiln, query, null));
    assertEquals(denied, run(kiln, query, new Viewer(13)));
    assertEquals(denied, run(kiln, query, new Viewer(13, Set.of("admin"))));
    assertEquals(0, network.calls("flagged"));

    assertEquals(
        json("{\"data\": {\"flagged\": [{\"name\": \"member-13\"}, {\"name\": \"member-42\"}]}}"),
        run(kiln, query, new Viewer(7, Set.of("moderator"))));
    assertEquals(1, network.calls("flagged"));
  }

  @Test
  void aTamperedIdNeverReachesTheLoaderAndARealOneDoesInOneBatch() throws Exception {
    // "Member:1", "Member:1' OR 1=1", "Member:2" and "Member:0", a real ID that names no member.
    assertEquals(
        json(
            """
            {"errors": [{"message": "\\"TWVtYmVyOjEnIE9SIDE9MQ\\" is not a valid ID.", "locations": [{"line": 1, "column": 3}], "path": ["nodes", 1],
                         "extensions": {"classification": "INVALID_ID"}}],
             "data": {"nodes": [{"id": "TWVtYmVyOjE", "name": "member-1"}, null, {"id": "TWVtYmVyOjI", "name": "member-2"}, null]}}"""),
        run(
            kiln,
            "{ nodes(ids: [\"TWVtYmVyOjE\", \"TWVtYmVyOjEnIE9SIDE9MQ\", \"TWVtYmVyOjI\", \"TWVtYmVyOjA\"]) { id ... on Member { name } } }",
            null));
    assertEquals(1, network.calls("members"));

    run(kiln, "{ node(id: \"TWVtYmVyOjEnIE9SIDE9MQ\") { id } }", null);
    assertEquals(1, network.calls("members"));
  }

  @Test
  void withASecretAnIdTheClientMadeUpIsRefusedAndOnesTheServerGaveRoundTrip() throws Exception {
    Kiln signing =
        Networks.kiln(network).globalIdSecret("adversarial-suite-secret".getBytes(StandardCharsets.UTF_8)).build();

    String id = run(signing, "{ member(id: 5) { id } }", null).at("/data/member/id").asText();
    assertEquals(
        json("{\"data\": {\"node\": {\"id\": \"" + id + "\", \"name\": \"member-5\"}}}"),
        run(signing, "{ node(id: \"" + id + "\") { id ... on Member { name } } }", null));

    assertEquals(
        json(
            """
            {"errors": [{"message": "\\"TWVtYmVyOjE\\" is not a valid ID.", "locations": [{"line": 1, "column": 3}], "path": ["node"],
                         "extensions": {"classification": "INVALID_ID"}}],
             "data": {"node": null}}"""),
        run(signing, "{ node(id: \"TWVtYmVyOjE\") { id } }", null));
    assertEquals(1, network.calls("members"));
  }
}
