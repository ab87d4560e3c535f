package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes in {@code @Authorized} are one compile error each, with its catalog id, on the
 * annotation's line.
 */
class AuthorizationDiagnosticsTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          test.Member | @Field @Authorized public String open() { return null; } | [Kiln/AuthorizedWithoutCheck] @Authorized on "Subject.open" names neither roles nor a policy, so it checks nothing. Add roles = {"…"}, policy = SomePolicy.class, or both. | String open()
          test.Member | @Field @Authorized(roles = "staff", denied = Denied.NULL) public int count() { return 0; } | [Kiln/DeniedNullOnNonNull] @Authorized(denied = NULL) on "Subject.count" applies to field "Subject.count" of type "Int!", which is non-null, so it cannot be null when denied. Make the field nullable, or use denied = ERROR. | int count()
          test.Member | @Field @Authorized(policy = AbstractPolicy.class) public String secret() { return null; } | [Kiln/PolicyClass] Policy "AbstractPolicy" of @Authorized on "Subject.secret" is abstract or not a class. Name a concrete class that the generated code can reach: public (or in the package of "test.Subject"), top-level or static, and not abstract. | String secret()
          test.Member | @Field @Authorized(policy = HiddenPolicy.class) public String secret() { return null; } | [Kiln/PolicyClass] Policy "HiddenPolicy" of @Authorized on "Subject.secret" is private. | String secret()
          test.Member | @Field @Authorized(policy = StringPolicy.class) public String secret() { return null; } | [Kiln/PolicyTypeMismatch] Policy "StringPolicy" of @Authorized on "Subject.secret" is an AuthorizationPolicy<String, Object>, but "Subject.secret" is resolved on a "Subject", which is not a "String". Declare it AuthorizationPolicy<Subject, Object>, or use another policy. | String secret()
          test.Member | @Field @Authorized(policy = RawPolicy.class) public String secret() { return null; } | [Kiln/PolicyTypeMismatch] Policy "RawPolicy" of @Authorized on "Subject.secret" is a raw AuthorizationPolicy, but its type arguments are missing. Declare it AuthorizationPolicy<Subject, Member>, or use another policy. | String secret()
          test.Member | @Query @Authorized(policy = SubjectPolicy.class) public static String motto() { return null; } | [Kiln/PolicyTypeMismatch] Policy "SubjectPolicy" of @Authorized on "Subject.motto" is an AuthorizationPolicy<Subject, Object>, but "Query.motto" is a root field, which has no source object: its policy takes Void (or Object) and receives null. Declare it AuthorizationPolicy<Void, Object>, or use another policy. | String motto()
          test.Viewer | @Field @Authorized(policy = NamePolicy.class) public String secret() { return null; } | [Kiln/PolicyTypeMismatch] Policy "NamePolicy" of @Authorized on "Subject.secret" is an AuthorizationPolicy<Subject, String>, but the context type "test.Viewer" (-Akiln.contextType) is not a "String". Declare it AuthorizationPolicy<Subject, Viewer>, or use another policy. | String secret()
          test.Guest  | @Field @Authorized(roles = "staff") public String secret() { return null; } | [Kiln/RolesWithoutRoleHolder] @Authorized(roles = …) on "Subject.secret" checks the viewer's roles, but the context type "test.Guest" does not implement dev.kiln.annotations.RoleHolder, so every request would be denied. Implement RoleHolder in "Guest", or check with a policy. | String secret()
          test.Member | @Authorized(roles = "staff", denied = Denied.NULL) @GraphQLType public record Badge(int number) {} | [Kiln/DeniedNullOnNonNull] @Authorized(denied = NULL) on "Badge" applies to field "Badge.number" of type "Int!", which is non-null, so it cannot be null when denied. Make the field nullable, or use denied = ERROR. | record Badge
          test.Member | @Authorized(roles = "staff") public String helper() { return null; } | [Kiln/AuthorizedNotAField] @Authorized on "Subject.helper" checks nothing: it is not a GraphQL field, nor a type with fields. Put it on a @Field, @Query, @Mutation or @Subscription member, a record component of a @GraphQLType, or a type that declares or exposes fields. | String helper()
          test.Member | @Authorized(roles = "staff") public enum Colour { RED } | [Kiln/AuthorizedNotAField] @Authorized on "Colour" checks nothing | enum Colour
          test.Member | @BatchLoader @Authorized(roles = "staff") public static Map<Integer, Subject> byId(Set<Integer> ids) { return null; } | [Kiln/AuthorizedNotAField] @Authorized on "Subject.byId" checks nothing | byId(
          """)
  void reportsMistakeOnItsLine(String contextType, String member, String message, String line) {
    JavaFileObject subject =
        Compilations.source(
            "test.Subject",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import java.util.*;",
            "@GraphQLType",
            "public class Subject {",
            "  @Field public int ok;",
            "  " + member,
            "  @Query public static Subject subject() { return null; }",
            "  public static final class SubjectPolicy implements AuthorizationPolicy<Subject, Object> {",
            "    @Override public boolean allows(Object viewer, Subject source) { return true; }",
            "  }",
            "  public static final class StringPolicy implements AuthorizationPolicy<String, Object> {",
            "    @Override public boolean allows(Object viewer, String source) { return true; }",
            "  }",
            "  public static final class NamePolicy implements AuthorizationPolicy<Subject, String> {",
            "    @Override public boolean allows(String viewer, Subject source) { return true; }",
            "  }",
            "  public abstract static class AbstractPolicy implements AuthorizationPolicy<Subject, Object> {}",
            "  private static final class HiddenPolicy implements AuthorizationPolicy<Subject, Object> {",
            "    @Override public boolean allows(Object viewer, Subject source) { return true; }",
            "  }",
            "  @SuppressWarnings(\"rawtypes\")",
            "  public static final class RawPolicy implements AuthorizationPolicy {",
            "    @Override public boolean allows(Object viewer, Object source) { return true; }",
            "  }",
            "}");
    Compilation compilation = Compilations.compileWithOptions(List.of("-Akiln.contextType=" + contextType), subject, viewers());

    assertThat(compilation).hadErrorContaining(message).inFile(subject).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  private static JavaFileObject viewers() {
    return Compilations.source(
        "test.Viewers",
        "package test;",
        "final class Viewers {}",
        "record Member(String name) implements dev.kiln.annotations.RoleHolder {",
        "  @Override public boolean hasRole(String role) { return false; }",
        "}",
        "record Viewer(String name) {}",
        "record Guest(String name) {}");
  }
}
