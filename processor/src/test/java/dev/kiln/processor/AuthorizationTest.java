package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.InstanceProvider;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated fetchers run every {@code @Authorized} check that applies to a field before they
 * call the user's member: the member's own, those of the methods it overrides, and those of the
 * types that declare or expose it. Each case is compiled, loaded and queried as viewers who are
 * allowed and viewers who are not.
 */
class AuthorizationTest {
  private static final JavaFileObject SECRETIVE =
      Compilations.source(
          "test.Secretive",
          "package test;",
          "import dev.kiln.annotations.*;",
          "public abstract class Secretive {",
          "  @Field @Authorized(roles = \"staff\", denied = Denied.NULL) public abstract String note();",
          "}");
  private static final JavaFileObject GUARDED =
      Compilations.source(
          "test.Guarded",
          "package test;",
          "import dev.kiln.annotations.*;",
          "public interface Guarded {",
          "  @Field @Authorized(policy = OwnerPolicy.class) String owner();",
          "}");
  private static final JavaFileObject OWNER_POLICY =
      Compilations.source(
          "test.OwnerPolicy",
          "package test;",
          "public final class OwnerPolicy implements dev.kiln.annotations.AuthorizationPolicy<Guarded, Viewer> {",
          "  @Override public boolean allows(Viewer viewer, Guarded source) { return viewer != null && viewer.name().equals(source.owner()); }",
          "}");
  private static final JavaFileObject STAFF_ONLY =
      Compilations.source(
          "test.StaffOnly",
          "package test;",
          "public final class StaffOnly implements dev.kiln.annotations.AuthorizationPolicy<Void, Viewer> {",
          "  private final java.util.Set<String> staff;",
          "  public StaffOnly(java.util.Set<String> staff) { this.staff = staff; }",
          "  @Override public boolean allows(Viewer viewer, Void source) { return viewer != null && staff.contains(viewer.name()); }",
          "}");
  private static final JavaFileObject VIEWER =
      Compilations.source(
          "test.Viewer",
          "package test;",
          "public record Viewer(String name, java.util.Set<String> roles) implements dev.kiln.annotations.RoleHolder {",
          "  @Override public boolean hasRole(String role) { return roles.contains(role); }",
          "}");
  /** Overrides both annotated methods without repeating @Authorized or @Field. */
  private static final JavaFileObject SAFE =
      Compilations.source(
          "test.Safe",
          "package test;",
          "import dev.kiln.annotations.*;",
          "@GraphQLType",
          "public class Safe extends Secretive implements Guarded {",
          "  @Override public String note() { return \"n\"; }",
          "  @Override public String owner() { return \"o\"; }",
          "  @Query @Authorized(roles = \"staff\") public static Safe safe() { return new Safe(); }",
          "}");
  /** A root field without checks of its own, to reach a {@code Safe} as any viewer. */
  private static final JavaFileObject OPEN =
      Compilations.source(
          "test.Open",
          "package test;",
          "import dev.kiln.annotations.*;",
          "public final class Open {",
          "  private Open() {}",
          "  @Query public static Safe openSafe() { return new Safe(); }",
          "}");

  @Test
  void anOverrideWithoutTheAnnotationKeepsTheChecksOfTheMethodsItOverrides(@TempDir Path classes) throws Exception {
    Compilation compilation = Compilations.compile(SECRETIVE, GUARDED, OWNER_POLICY, VIEWER, SAFE, OPEN);

    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      Kiln kiln = Kiln.newKiln().classLoader(loader).build();
      Object owner = viewer(loader, "o", "staff");
      Object stranger = viewer(loader, "ann");

      assertThat(execute(kiln, "{ safe { note owner } }", owner))
          .isEqualTo(Map.of("data", Map.of("safe", Map.of("note", "n", "owner", "o"))));
      assertThat(execute(kiln, "{ safe { note owner } }", stranger))
          .isEqualTo(
              Map.of(
                  "errors", List.of(unauthorized("Not authorized to read \"Query.safe\".", 1, 3, "safe")),
                  "data", mapOf("safe", null)));
      // Secretive.note denies with null and no error; Guarded.owner's policy with an error.
      assertThat(execute(kiln, "{ openSafe { note owner } }", stranger))
          .isEqualTo(
              Map.of(
                  "errors", List.of(unauthorized("Not authorized to read \"Safe.owner\".", 1, 19, "openSafe", "owner")),
                  "data", Map.of("openSafe", mapOf("note", null, "owner", null))));
      assertThat(execute(kiln, "{ openSafe { note owner } }", viewer(loader, "o")))
          .isEqualTo(Map.of("data", Map.of("openSafe", mapOf("note", null, "owner", "o"))));
    }
  }

  @Test
  void typeLevelChecksComeFirstAndApplyToEveryFieldTheTypeOrASubtypeDeclares(@TempDir Path classes) throws Exception {
    JavaFileObject room =
        Compilations.source(
            "test.Room",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@Authorized(roles = \"member\")",
            "public abstract class Room {",
            "  @Field public Integer number() { return 1; }",
            "}");
    JavaFileObject office =
        Compilations.source(
            "test.Office",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType",
            "public class Office extends Room {",
            "  @Field @Authorized(roles = \"staff\", denied = Denied.NULL) public String desk() { return \"d\"; }",
            "  @Query public static Office office() { return new Office(); }",
            "}");
    JavaFileObject lobby =
        Compilations.source(
            "test.Lobby",
            "package test;",
            "import dev.kiln.annotations.*;",
            "public final class Lobby {",
            "  private Lobby() {}",
            "  @Query public static Office lobby() { return new Office(); }",
            "}");

    Compilation compilation = Compilations.compile(VIEWER, room, office, lobby);

    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      Kiln kiln = Kiln.newKiln().classLoader(loader).build();

      assertThat(execute(kiln, "{ office { number desk } }", viewer(loader, "m", "member", "staff")))
          .isEqualTo(Map.of("data", Map.of("office", Map.of("number", 1, "desk", "d"))));
      assertThat(execute(kiln, "{ office { number desk } }", viewer(loader, "m", "member")))
          .isEqualTo(Map.of("data", Map.of("office", mapOf("number", 1, "desk", null))));
      // A root field declared in the type is one of the fields it declares.
      assertThat(execute(kiln, "{ office { number } }", viewer(loader, "s", "staff")))
          .isEqualTo(
              Map.of(
                  "errors", List.of(unauthorized("Not authorized to read \"Query.office\".", 1, 3, "office")),
                  "data", mapOf("office", null)));
      // Reached from elsewhere, the type's check still comes before the field's own.
      assertThat(execute(kiln, "{ lobby { number desk } }", viewer(loader, "s", "staff")))
          .isEqualTo(
              Map.of(
                  "errors",
                  List.of(
                      unauthorized("Not authorized to read \"Office.number\".", 1, 11, "lobby", "number"),
                      unauthorized("Not authorized to read \"Office.desk\".", 1, 18, "lobby", "desk")),
                  "data", Map.of("lobby", mapOf("number", null, "desk", null))));
    }
  }

  @Test
  void rootResolverAndBatchedFieldsCheckBeforeTheCallAndPoliciesComeFromTheHost(@TempDir Path classes) throws Exception {
    JavaFileObject admin =
        Compilations.source(
            "test.Admin",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import java.util.*;",
            "public class Admin {",
            "  public static final List<Integer> BATCHES = new ArrayList<>();",
            "  @Mutation @Authorized(policy = StaffOnly.class) public Safe lock(int id) { return id == 3 ? new Safe() : null; }",
            "  @Field @Authorized(policy = OwnerPolicy.class) public String label(@Source Safe safe) { return \"label of \" + safe.owner(); }",
            "  @Field @Authorized(roles = \"staff\", denied = Denied.NULL) public List<String> tags(@Source List<Safe> safes) {",
            "    BATCHES.add(safes.size());",
            "    List<String> tags = new ArrayList<>();",
            "    for (Safe safe : safes) tags.add(\"tag \" + tags.size());",
            "    return tags;",
            "  }",
            "}");

    Compilation compilation = Compilations.compile(SECRETIVE, GUARDED, OWNER_POLICY, STAFF_ONLY, VIEWER, SAFE, OPEN, admin);

    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      List<String> provided = new ArrayList<>();
      Class<?> staffOnly = loader.loadClass("test.StaffOnly");
      Object staffPolicy = staffOnly.getConstructor(Set.class).newInstance(Set.of("boss"));
      InstanceProvider host =
          new InstanceProvider() {
            @Override
            public <T> @Nullable T getInstance(Class<T> type) {
              provided.add(type.getName());
              return type == staffOnly ? type.cast(staffPolicy) : null;
            }
          };
      Kiln kiln = Kiln.newKiln().classLoader(loader).instanceProvider(host).build();
      @SuppressWarnings("unchecked")
      List<Integer> batches = (List<Integer>) loader.loadClass("test.Admin").getField("BATCHES").get(null);

      assertThat(provided).containsExactly("test.Admin", "test.OwnerPolicy", "test.StaffOnly");
      assertThat(execute(kiln, "mutation { lock(id: 3) { __typename } }", viewer(loader, "boss")))
          .isEqualTo(Map.of("data", Map.of("lock", Map.of("__typename", "Safe"))));
      assertThat(execute(kiln, "mutation { lock(id: 3) { owner } }", viewer(loader, "ann", "staff")))
          .isEqualTo(
              Map.of(
                  "errors", List.of(unauthorized("Not authorized to run \"Mutation.lock\".", 1, 12, "lock")),
                  "data", mapOf("lock", null)));
      assertThat(execute(kiln, "{ openSafe { label } }", viewer(loader, "o")))
          .isEqualTo(Map.of("data", Map.of("openSafe", Map.of("label", "label of o"))));
      assertThat(execute(kiln, "{ openSafe { label } }", viewer(loader, "ann")))
          .isEqualTo(
              Map.of(
                  "errors", List.of(unauthorized("Not authorized to read \"Safe.label\".", 1, 14, "openSafe", "label")),
                  "data", Map.of("openSafe", mapOf("label", null))));
      // A denied parent never joins the batch: the check is before the load.
      assertThat(execute(kiln, "{ a: openSafe { tags } b: openSafe { tags } }", viewer(loader, "ann")))
          .isEqualTo(Map.of("data", Map.of("a", mapOf("tags", null), "b", mapOf("tags", null))));
      assertThat(batches).isEmpty();
      assertThat(execute(kiln, "{ a: openSafe { tags } b: openSafe { tags } }", viewer(loader, "ann", "staff")))
          .isEqualTo(Map.of("data", Map.of("a", Map.of("tags", "tag 0"), "b", Map.of("tags", "tag 1"))));
      assertThat(batches).containsExactly(2);
    }
  }

  @Test
  void aTypeLevelCheckAppliesToTheFieldsOfAResolverClass() {
    JavaFileObject admin =
        Compilations.source(
            "test.Admin",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@Authorized(policy = StaffOnly.class)",
            "public class Admin {",
            "  @Field public String label(@Source Safe safe) { return null; }",
            "}");

    Compilation compilation = Compilations.compile(SECRETIVE, GUARDED, OWNER_POLICY, STAFF_ONLY, VIEWER, SAFE, admin);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/PolicyTypeMismatch] Policy \"StaffOnly\" of @Authorized on \"Admin\" is an AuthorizationPolicy<Void, Viewer>, but \"Safe.label\" is resolved on a \"Safe\", which is not a \"Void\". Declare it AuthorizationPolicy<Safe, Viewer>, or use another policy.")
        .inFile(admin)
        .onLineContaining("@Authorized(policy = StaffOnly.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aPolicyOfParameterizedTypesCompilesWithoutWarnings(@TempDir Path classes) throws Exception {
    JavaFileObject claims =
        Compilations.source(
            "test.ClaimsPolicy",
            "package test;",
            "import java.util.Map;",
            "public final class ClaimsPolicy implements dev.kiln.annotations.AuthorizationPolicy<Safe, Map<String, Object>> {",
            "  @Override public boolean allows(Map<String, Object> claims, Safe safe) { return claims != null && claims.containsKey(\"sub\"); }",
            "}");
    JavaFileObject vault =
        Compilations.source(
            "test.Vault",
            "package test;",
            "import dev.kiln.annotations.*;",
            "public class Vault {",
            "  @Field @Authorized(policy = ClaimsPolicy.class) public String code(@Source Safe safe) { return \"c\"; }",
            "}");

    Compilation compilation = Compilations.compile(SECRETIVE, GUARDED, OWNER_POLICY, VIEWER, SAFE, OPEN, claims, vault);

    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.classLoader(compilation, classes)) {
      Kiln kiln = Kiln.newKiln().classLoader(loader).build();

      assertThat(execute(kiln, "{ openSafe { code } }", Map.of("sub", "u1")))
          .isEqualTo(Map.of("data", Map.of("openSafe", Map.of("code", "c"))));
      assertThat(execute(kiln, "{ openSafe { code } }", Map.of("iss", "kiln")))
          .isEqualTo(
              Map.of(
                  "errors", List.of(unauthorized("Not authorized to read \"Safe.code\".", 1, 14, "openSafe", "code")),
                  "data", Map.of("openSafe", mapOf("code", null))));
    }
  }

  private static Map<String, Object> execute(Kiln kiln, String query, Object viewer) {
    return kiln.execute(KilnRequest.newRequest().query(query).context(viewer).build()).toSpecification();
  }

  private static Object viewer(ClassLoader loader, String name, String... roles) throws ReflectiveOperationException {
    return loader.loadClass("test.Viewer").getConstructor(String.class, Set.class).newInstance(name, Set.of(roles));
  }

  private static Map<String, Object> unauthorized(String message, int line, int column, String... path) {
    return Map.of(
        "message", message,
        "locations", List.of(Map.of("line", line, "column", column)),
        "path", List.of(path),
        "extensions", Map.of("classification", "UNAUTHORIZED"));
  }

  /** A map that may hold nulls, which {@code Map.of} refuses. */
  private static Map<String, @Nullable Object> mapOf(Object... keysAndValues) {
    Map<String, @Nullable Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
