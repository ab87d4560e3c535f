package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A type the compilation uses as the request context, by a {@code @Context} parameter or {@code
 * -Akiln.contextType}, is never an argument: a forgotten {@code @Context} would let any client
 * pass any viewer.
 */
class ContextArgumentsTest {
  private static final JavaFileObject VIEWER =
      Compilations.source("test.Viewer", "package test;", "public record Viewer(int userId) {}");

  private static JavaFileObject person(String... members) {
    String[] lines = new String[5 + members.length];
    lines[0] = "package test;";
    lines[1] = "import dev.kiln.annotations.*;";
    lines[2] = "@GraphQLType public record Person(int id) {";
    lines[3] = "  @Query public static Person person() { return new Person(1); }";
    for (int i = 0; i < members.length; i++) {
      lines[4 + i] = "  " + members[i];
    }
    lines[lines.length - 1] = "}";
    return Compilations.source("test.Person", lines);
  }

  @Test
  void aParameterOfTheContextsTypeWithoutContextIsAnError() {
    JavaFileObject person =
        person(
            "@Field public static boolean isMe(@Source Person p,",
            "    Viewer viewer) { return p.id() == viewer.userId(); }",
            "@Field public static String greeting(@Source Person p, @Context Viewer viewer) { return \"hi\"; }");

    Compilation compilation = Compilations.compileWithOptions(List.of("-Xlint:none"), VIEWER, person);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/ContextAsArgument] Parameter \"viewer\" of \"Person.me\" has type \"test.Viewer\", which is the request context's type (as the @Context parameter \"viewer\" of \"Person.greeting\"), but it is not the @Context, so it would be an argument that any client could set. Annotate the parameter with @Context.")
        .inFile(person)
        .onLineContaining("Viewer viewer) { return p.id()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aListOfTheConfiguredContextTypeIsAnError() {
    JavaFileObject person = person("@Field public static boolean knows(@Source Person p,", "    java.util.List<Viewer> viewers) { return true; }");

    Compilation compilation = Compilations.compileWithOptions(List.of("-Xlint:none", "-Akiln.contextType=test.Viewer"), VIEWER, person);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/ContextAsArgument] Parameter \"viewers\" of \"Person.knows\" has type \"java.util.List<test.Viewer>\", which is the request context's type (as -Akiln.contextType)")
        .inFile(person)
        .onLineContaining("List<Viewer> viewers");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anInputFieldOfTheContextsTypeIsAnError() {
    JavaFileObject filter =
        Compilations.source("test.Filter", "package test;", "public record Filter(", "    String name,", "    Viewer asViewer) {}");
    JavaFileObject person =
        person(
            "@Query public static Person find(Filter filter) { return null; }",
            "@Field public static String greeting(@Source Person p, @Context Viewer viewer) { return \"hi\"; }");

    Compilation compilation = Compilations.compileWithOptions(List.of("-Xlint:none"), VIEWER, filter, person);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/ContextAsArgument] Input field \"Filter.asViewer\" has type \"test.Viewer\", which is the request context's type (as the @Context parameter \"viewer\" of \"Person.greeting\"), but it is not the @Context, so it would be an argument that any client could set. Remove the field, and take the context as a @Context parameter of the field's method.")
        .inFile(filter)
        .onLineContaining("Viewer asViewer");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aParameterOfTheConfiguredContextTypeReceivesTheContext() {
    JavaFileObject person = person("@Field public static boolean isMe(@Source Person p, Viewer viewer) { return true; }");

    Compilation compilation = Compilations.compileWithOptions(List.of("-Xlint:none", "-Akiln.contextType=test.Viewer"), VIEWER, person);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation)).contains("  me: Boolean!\n");
    assertThat(Compilations.schema(compilation)).doesNotContain("Viewer");
  }

  @Test
  void aTypeNeverUsedAsTheContextMayBeAnInput() {
    JavaFileObject person = person("@Field public static boolean isMe(@Source Person p, Viewer viewer) { return true; }");

    Compilation compilation = Compilations.compileWithOptions(List.of("-Xlint:none"), VIEWER, person);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation)).contains("me(viewer: Viewer): Boolean!");
  }

  @Test
  void aJdkTypeAsTheContextDoesNotMakeEveryUseOfItTheContext() {
    JavaFileObject person =
        person(
            "@Field public static String greeting(@Source Person p, @Context String tenant) { return tenant; }",
            "@Field public static String echo(@Source Person p, String text) { return text; }");

    Compilation compilation = Compilations.compileWithOptions(List.of("-Xlint:none"), person);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation)).contains("echo(text: String): String");
  }
}
