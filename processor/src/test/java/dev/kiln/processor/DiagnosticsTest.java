package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every user mistake is one compile error, with its catalog id, on the offending line, and nothing
 * is generated.
 */
class DiagnosticsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Field private String name;                                   | [Kiln/PrivateMember] @Field "name" is private, but the generated code calls it directly. Make it package-private or public. | private String name
          @Field public static String name;                             | [Kiln/StaticField] @Field "name" is static.                           | static String name
          @Field public Object data() { return null; }                  | [Kiln/UnsupportedType] The type "java.lang.Object" of field "Subject.data" has no GraphQL mapping: Object could be anything. | Object data()
          @Field public List raw() { return null; }                     | [Kiln/UnsupportedType] The type "java.util.List" of field "Subject.raw" has no GraphQL mapping: a raw collection has no element type. | List raw()
          @Field public Map<String, String> m() { return null; }        | GraphQL has no map type.                                              | Map<String, String> m()
          @Field public List<? extends Number> w() { return null; }     | a wildcard has no single GraphQL type                                 | List<? extends Number> w()
          @Field public <T> T t() { return null; }                      | a type variable cannot be resolved to one GraphQL type                | <T> T t()
          @Field public java.util.concurrent.Future<String> f() { return null; } | [Kiln/NotAGraphQLType] The type "java.util.concurrent.Future<java.lang.String>" of field "Subject.f" is not a GraphQL type. | Future<String> f()
          @Field public char c() { return 'c'; }                        | char has no GraphQL scalar. Use String.                               | char c()
          @Field public Thread thread() { return null; }                | [Kiln/NotAGraphQLType] The type "java.lang.Thread" of field "Subject.thread" is not a GraphQL type. Annotate "Thread" with @GraphQLType. | Thread thread()
          @Field public String f(Subject s) { return null; }            | [Kiln/OutputTypeAsInput] The type "test.Subject" of argument "s" of "Subject.f" is an object type | Subject s)
          @Field public void nothing() {}                               | [Kiln/VoidField] Field method "nothing" returns void                  | void nothing()
          @Field @Id public double d() { return 1; }                    | [Kiln/UnsupportedId] @Id on field "Subject.d" of type "double"        | double d()
          @Field public String f(@Id Color c) { return null; }          | [Kiln/UnsupportedId] @Id on argument "c" of "Subject.f" of type "test.Color" | Color c
          @Field public @NonNull @Nullable String x() { return null; }  | [Kiln/ConflictingNullability] Field "Subject.x" is annotated both nullable and non-null. | String x()
          @Field public String f(@DefaultValue("{{") int n) { return null; } | [Kiln/DefaultValueSyntax] @DefaultValue("{{") of argument "n" is not a GraphQL literal | int n
          @Field public String f(@DefaultValue("$v") int n) { return null; } | [Kiln/DefaultValueSyntax] @DefaultValue("$v") of argument "n"       | int n
          @Field public String f(@DefaultValue("\\"x\\"") int n) { return null; } | [Kiln/DefaultValueType] @DefaultValue(""x"") does not fit argument "n" of type "Int!": expected an Int, such as 10. | int n
          @Field public String f(@DefaultValue("BLUE") Color c) { return null; } | does not fit argument "c" of type "Color": expected one of GREEN, RED. | Color c
          @Field public String f(@DefaultValue("null") int n) { return null; } | null does not fit a non-null type.                                | int n
          @Field public String f(@DefaultValue("3000000000") int n) { return null; } | an Int is a signed 32-bit integer.                            | int n
          @Field public String f(@DefaultValue("[1, \\"a\\"]") List<Integer> l) { return null; } | expected an Int                                 | List<Integer> l
          @Field public String f(@DefaultValue("\\"2024-02-30\\"") java.time.LocalDate d) { return null; } | [Kiln/DefaultValueType] @DefaultValue(""2024-02-30"") does not fit argument "d" of type "Date" | LocalDate d
          @Field(name = "my-name") public String x() { return null; }   | [Kiln/InvalidName] "my-name" is not a valid GraphQL name              | String x()
          @Field(name = "__secret") public String x() { return null; }  | [Kiln/ReservedName] "__secret" starts with "__"                      | String x()
          @Field public String getName() { return null; } @Field public String name() { return null; } | [Kiln/DuplicateField] Field "name" is defined twice on type "Subject" (the other one is "Subject.getName") | String name()
          @Field public String f(int a, @Context @Id String v) { return null; } | [Kiln/ContextParameter] Parameter "v" is the @Context, so it is not an argument and cannot have @Id. | String v
          @Field @Query public String both() { return null; }           | [Kiln/ConflictingRoot] Method "both" has more than one of @Field, @Query, @Mutation and @Subscription. | String both()
          @Subscription public static Subject events() { return null; } | [Kiln/SubscriptionResult] @Subscription "events" returns "test.Subject", but a subscription returns its stream of events: an org.reactivestreams.Publisher<T> or a java.util.concurrent.Flow.Publisher<T>. | Subject events()
          @Query @Subscription public static String twice() { return null; } | [Kiln/ConflictingRoot] Method "twice" has more than one of @Field, @Query, @Mutation and @Subscription. | String twice()
          @Query private static String hidden() { return null; }        | [Kiln/PrivateMember] @Query "hidden" is private                       | String hidden()
          @GraphQLType private static class Hidden { @Field int x; }    | [Kiln/InaccessibleType] Type "test.Subject.Hidden" is private         | class Hidden
          @GraphQLType class Inner { @Field int x; }                    | [Kiln/InaccessibleType] Type "test.Subject.Inner" is an inner class, so the generated code cannot reach it. Make it static. | class Inner
          @GraphQLType interface Shape<T> { @Field int x(); }            | [Kiln/GenericType] Type "test.Subject.Shape" has type parameters       | interface Shape<T>
          @GraphQLType static class Box<T> { @Field public int x; } @Field public Box raw() { return null; } | [Kiln/UnsupportedType] The type "test.Subject.Box" of field "Subject.raw" has no GraphQL mapping: it is generic; use it with type arguments, such as Box<Post>. | Box raw()
          @GraphQLType @interface Marker {}                             | [Kiln/UnsupportedTypeKind] @GraphQLType on annotation type "Marker" is not supported: annotate a class, a record, an interface or an enum. | @interface Marker
          @GraphQLType static class Empty { int x; }                    | [Kiln/EmptyType] Type "Empty" exposes no fields                       | class Empty
          @GraphQLType(name = "String") static class Text { @Field int x; } | [Kiln/ReservedTypeName] Type name "String" belongs to a built-in scalar. | class Text
          @GraphQLType(name = "Query") static class Root { @Field int x; } | [Kiln/ReservedTypeName] Type name "Query" belongs to the root type  | class Root
          """)
  void reportsMistakeOnItsLine(String member, String message, String line) {
    JavaFileObject subject =
        Compilations.source(
            "test.Subject",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import java.util.*;",
            "import org.jspecify.annotations.NonNull;",
            "import org.jspecify.annotations.Nullable;",
            "@GraphQLType",
            "public class Subject {",
            "  @Field public int ok;",
            "  " + member,
            "  @Query public static Subject subject() { return null; }",
            "}");
    Compilation compilation = compile(subject, COLOR);

    assertThat(compilation).hadErrorContaining(message).inFile(subject).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void fieldOnClassThatIsNotAGraphQLType() {
    JavaFileObject plain =
        Compilations.source(
            "test.Plain",
            "package test;",
            "import dev.kiln.annotations.*;",
            "public class Plain {",
            "  @Field public String name;",
            "  @Query public static String hello() { return null; }",
            "}");

    Compilation compilation = compile(plain);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/FieldOutsideType] @Field \"name\" is in \"Plain\", which is not annotated @GraphQLType. Annotate the type with @GraphQLType, or use @Query or @Mutation for a root field.")
        .inFile(plain)
        .onLineContaining("String name");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoTypesWithOneName() {
    JavaFileObject first = Compilations.source("test.a.Item", "package test.a;", "@dev.kiln.annotations.GraphQLType public record Item(int id) {}");
    JavaFileObject second =
        Compilations.source(
            "test.b.Item",
            "package test.b;",
            "@dev.kiln.annotations.GraphQLType public record Item(int id) {",
            "  @dev.kiln.annotations.Query public static test.a.Item a() { return null; }",
            "  @dev.kiln.annotations.Query public static Item b() { return null; }",
            "}");

    Compilation compilation = compile(first, second);

    assertThat(compilation)
        .hadErrorContaining("[Kiln/DuplicateType] GraphQL type \"Item\" is defined by both \"test.a.Item\" and \"test.b.Item\".")
        .inFile(second)
        .onLineContaining("record Item");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void schemaWithoutQuery() {
    JavaFileObject item = Compilations.source("test.Item", "package test;", "@dev.kiln.annotations.GraphQLType public record Item(int id) {}");

    Compilation compilation = compile(item);

    assertThat(compilation).hadErrorContaining("[Kiln/NoQueryField] The schema has types but no @Query method").inFile(item).onLineContaining("record Item");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void reportsEveryMistakeInOneCompile() {
    JavaFileObject subject =
        Compilations.source(
            "test.Subject",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType",
            "public class Subject {",
            "  @Field private int a;",
            "  @Field public Object b() { return null; }",
            "  @Field public void c() {}",
            "  @Query public static Subject subject() { return null; }",
            "}");

    Compilation compilation = compile(subject);

    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void badModuleOptionListsWhatIsAllowed() {
    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Akiln.module=not a name"),
            Compilations.itemWithQuery());

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InvalidOption] Option -Akiln.module=not a name is not valid: expected the qualified name of a class in a named package, such as com.example.api.ApiModule.");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void moduleOptionNamesTheGeneratedModule() {
    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Akiln.module=com.example.api.ApiModule"),
            Compilations.itemWithQuery());

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.api.ApiModule");
    assertThat(Compilations.resource(compilation, KilnProcessor.SERVICES_RESOURCE)).isEqualTo("com.example.api.ApiModule\n");
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, KilnProcessor.SCHEMA_RESOURCE)).isPresent();
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compilations.compileWithOptions(List.of("-Xlint:none"), sources);
  }

  private static final JavaFileObject COLOR = Compilations.source("test.Color", "package test;", "public enum Color { RED, GREEN }");
}
