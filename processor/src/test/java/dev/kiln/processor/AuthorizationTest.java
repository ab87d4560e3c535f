package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated fetchers run every {@code @Authorized} check that applies to a field before they
 * call the user's member: the member's own, those of the methods it overrides, and those of the
 * types that declare or expose it.
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
          "public record Viewer(String name) implements dev.kiln.annotations.RoleHolder {",
          "  @Override public boolean hasRole(String role) { return name.equals(role); }",
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

  @Test
  void anOverrideWithoutTheAnnotationKeepsTheChecksOfTheMethodsItOverrides() {
    Compilation compilation = Compilations.compile(SECRETIVE, GUARDED, OWNER_POLICY, VIEWER, SAFE);

    assertThat(compilation).succeededWithoutWarnings();
    String fetchers = generated(compilation, "test.Safe_Fetchers");
    assertThat(fetchers)
        .contains(
            """
              private static final class SafeNoteFetcher implements LightDataFetcher<Object> {
                @Override
                public Object get(GraphQLFieldDefinition fieldDefinition, Object source,
                    Supplier<DataFetchingEnvironment> environment) throws Exception {
                  DataFetchingEnvironment env = environment.get();
                  if (!AuthorizationSupport.hasAnyRole(env, RoleHolder.class, RoleHolder::hasRole, "staff")) {
                    return null;
                  }
                  return ((Safe) source).note();
                }
            """);
    assertThat(fetchers)
        .contains(
            """
              private static final class SafeOwnerFetcher implements LightDataFetcher<Object> {
                private final OwnerPolicy ownerPolicy;

                SafeOwnerFetcher(OwnerPolicy ownerPolicy) {
                  this.ownerPolicy = ownerPolicy;
                }

                @Override
                public Object get(GraphQLFieldDefinition fieldDefinition, Object source,
                    Supplier<DataFetchingEnvironment> environment) throws Exception {
                  DataFetchingEnvironment env = environment.get();
                  if (!ownerPolicy.allows(AuthorizationSupport.viewer(env, Viewer.class), (Guarded) source)) {
                    return AuthorizationSupport.unauthorized(env);
                  }
                  return ((Safe) source).owner();
                }
            """);
    assertThat(fetchers)
        .contains(
            """
              public static void register(SchemaContribution contribution) {
                OwnerPolicy ownerPolicy = contribution.instance(OwnerPolicy.class, OwnerPolicy::new);
                contribution.dataFetcher(FieldCoordinates.coordinates("Safe", "note"), new SafeNoteFetcher());
                contribution.dataFetcher(FieldCoordinates.coordinates("Safe", "owner"), new SafeOwnerFetcher(ownerPolicy));
                contribution.dataFetcher(FieldCoordinates.coordinates("Query", "safe"), new QuerySafeFetcher());
              }
            """);
  }

  @Test
  void typeLevelChecksComeFirstAndApplyToEveryFieldTheTypeOrASubtypeDeclares() {
    JavaFileObject room =
        Compilations.source(
            "test.Room",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@Authorized(roles = \"member\")",
            "public abstract class Room {",
            "  @Field public int number() { return 1; }",
            "}");
    JavaFileObject office =
        Compilations.source(
            "test.Office",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType",
            "public class Office extends Room {",
            "  @Field @Authorized(roles = \"staff\", denied = Denied.NULL) public String desk() { return null; }",
            "  @Query public static Office office() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(VIEWER, room, office);

    assertThat(compilation).succeededWithoutWarnings();
    String fetchers = generated(compilation, "test.Office_Fetchers");
    assertThat(fetchers)
        .contains(
            """
                  DataFetchingEnvironment env = environment.get();
                  if (!AuthorizationSupport.hasAnyRole(env, RoleHolder.class, RoleHolder::hasRole, "member")) {
                    return AuthorizationSupport.unauthorized(env);
                  }
                  if (!AuthorizationSupport.hasAnyRole(env, RoleHolder.class, RoleHolder::hasRole, "staff")) {
                    return null;
                  }
                  return ((Office) source).desk();
            """);
    assertThat(fetchers)
        .contains(
            """
                  if (!AuthorizationSupport.hasAnyRole(env, RoleHolder.class, RoleHolder::hasRole, "member")) {
                    return AuthorizationSupport.unauthorized(env);
                  }
                  return ((Office) source).number();
            """);
    // A root field declared in the type is one of the fields it declares.
    assertThat(fetchers)
        .contains(
            """
                  if (!AuthorizationSupport.hasAnyRole(env, RoleHolder.class, RoleHolder::hasRole, "member")) {
                    return AuthorizationSupport.unauthorized(env);
                  }
                  return Office.office();
            """);
  }

  @Test
  void rootResolverAndBatchedFieldsCheckBeforeTheCallAndPoliciesComeFromTheHost() {
    JavaFileObject admin =
        Compilations.source(
            "test.Admin",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import java.util.*;",
            "public class Admin {",
            "  @Mutation @Authorized(policy = StaffOnly.class) public Safe lock(int id) { return null; }",
            "  @Field @Authorized(policy = OwnerPolicy.class) public String label(@Source Safe safe) { return null; }",
            "  @Field @Authorized(roles = \"staff\", denied = Denied.NULL) public List<String> tags(@Source List<Safe> safes) { return null; }",
            "}");

    Compilation compilation = Compilations.compile(SECRETIVE, GUARDED, OWNER_POLICY, STAFF_ONLY, VIEWER, SAFE, admin);

    assertThat(compilation).succeededWithoutWarnings();
    String fetchers = generated(compilation, "test.Admin_Fetchers");
    assertThat(fetchers)
        .contains(
            """
                Admin instance = contribution.instance(Admin.class, Admin::new);
                OwnerPolicy ownerPolicy = contribution.instance(OwnerPolicy.class, OwnerPolicy::new);
                StaffOnly staffOnly = contribution.instance(StaffOnly.class, null);
                contribution.dataFetcher(FieldCoordinates.coordinates("Safe", "label"), new SafeLabelFetcher(instance, ownerPolicy));
                contribution.dataFetcher(FieldCoordinates.coordinates("Safe", "tags"), new SafeTagsFetcher());
            """);
    assertThat(fetchers)
        .contains(
            """
                  DataFetchingEnvironment env = environment.get();
                  if (!staffOnly.allows(AuthorizationSupport.viewer(env, Viewer.class), null)) {
                    return AuthorizationSupport.unauthorized(env);
                  }
                  return instance.lock((Integer) env.getArguments().get("id"));
            """);
    assertThat(fetchers)
        .contains(
            """
                  DataFetchingEnvironment env = environment.get();
                  if (!ownerPolicy.allows(AuthorizationSupport.viewer(env, Viewer.class), (Guarded) source)) {
                    return AuthorizationSupport.unauthorized(env);
                  }
                  return instance.label((Safe) source);
            """);
    // A denied parent never joins the batch: the check is before the load.
    assertThat(fetchers)
        .contains(
            """
                  DataFetchingEnvironment env = environment.get();
                  if (!AuthorizationSupport.hasAnyRole(env, RoleHolder.class, RoleHolder::hasRole, "staff")) {
                    return null;
                  }
                  return LoaderSupport.loadBatched(environment.get(), "Safe.tags", source);
            """);
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
  void aPolicyOfParameterizedTypesCompilesWithoutWarnings() {
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
            "  @Field @Authorized(policy = ClaimsPolicy.class) public String code(@Source Safe safe) { return null; }",
            "}");

    Compilation compilation = Compilations.compile(SECRETIVE, GUARDED, OWNER_POLICY, VIEWER, SAFE, claims, vault);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.Vault_Fetchers"))
        .contains(
            """
              @SuppressWarnings("unchecked")
              private static final class SafeCodeFetcher implements LightDataFetcher<Object> {
            """);
    assertThat(generated(compilation, "test.Vault_Fetchers"))
        .contains("if (!claimsPolicy.allows(AuthorizationSupport.viewer(env, Map.class), (Safe) source)) {");
  }

  private static String generated(Compilation compilation, String className) {
    return Compilations.content(
        compilation.generatedSourceFile(className).orElseThrow(() -> new AssertionError("no " + className + ": " + compilation.diagnostics())));
  }
}
