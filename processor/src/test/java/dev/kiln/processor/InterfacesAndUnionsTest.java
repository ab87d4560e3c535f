package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Java interfaces annotated {@code @GraphQLType} are GraphQL interfaces, implemented by the object
 * types that implement them; sealed interfaces annotated {@code @GraphQLUnion} are unions of their
 * permitted subtypes. Type resolvers are generated, with {@code instanceof}.
 */
class InterfacesAndUnionsTest {
  private static final JavaFileObject SHAPES =
      Compilations.source(
          "geo.Shape",
          "package geo;",
          "import dev.kiln.annotations.*;",
          "/** Something with an area. */",
          "@GraphQLType public interface Shape {",
          "  /** The area, in square units. */",
          "  @Field double area();",
          "}");
  private static final JavaFileObject CIRCLE =
      Compilations.source(
          "geo.Circle",
          "package geo;",
          "import dev.kiln.annotations.*;",
          "/**",
          " * A circle.",
          " *",
          " * @param radius its radius",
          " */",
          "@GraphQLType public record Circle(double radius) implements Shape, Found {",
          "  public double area() { return Math.PI * radius * radius; }",
          "  @Query public static java.util.List<Shape> shapes() { return java.util.List.of(); }",
          "  @Query public static java.util.List<Found> search() { return java.util.List.of(); }",
          "}");
  private static final JavaFileObject SQUARE =
      Compilations.source(
          "geo.Square",
          "package geo;",
          "import dev.kiln.annotations.*;",
          "/**",
          " * A square.",
          " *",
          " * @param side its side",
          " */",
          "@GraphQLType public record Square(double side) implements Shape, Found {",
          "  public double area() { return side * side; }",
          "}");
  private static final JavaFileObject FOUND =
      Compilations.source(
          "geo.Found",
          "package geo;",
          "import dev.kiln.annotations.*;",
          "/** What a search finds. */",
          "@GraphQLUnion public sealed interface Found permits Circle, Square {}");

  @Test
  void interfacesAndUnionsBecomeGraphQLTypesWithGeneratedTypeResolvers() {
    Compilation compilation = Compilations.compile(SHAPES, CIRCLE, SQUARE, FOUND);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = Compilations.schema(compilation);
    assertThat(schema)
        .contains(
            """
            "A circle."
            type Circle implements Shape {
              "its radius"
              radius: Float!
              "The area, in square units."
              area: Float!
            }

            "What a search finds."
            union Found = Circle | Square

            "Something with an area."
            interface Shape {
              "The area, in square units."
              area: Float!
            }
            """);
    String module = Compilations.content(compilation.generatedSourceFile("geo.KilnSchemaModule").orElseThrow());
    assertThat(module).contains("contribution.typeResolver(\"Shape\", KilnSchemaModule::resolveShape);");
    assertThat(module).contains("if (value instanceof Circle) {");
  }

  @Test
  void aUnionMustBeASealedInterfaceOfObjectTypes() {
    JavaFileObject open =
        Compilations.source(
            "geo.Open", "package geo;", "import dev.kiln.annotations.*;", "@GraphQLUnion public interface Open {}");
    JavaFileObject mixed =
        Compilations.source(
            "geo.Mixed",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "@GraphQLUnion public sealed interface Mixed permits Circle, Plain {}");
    JavaFileObject plain = Compilations.source("geo.Plain", "package geo;", "public final class Plain implements Mixed {}");
    JavaFileObject circle =
        Compilations.source(
            "geo.Circle",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public record Circle(double radius) implements Mixed {",
            "  @Query public static Circle circle() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(open, mixed, plain, circle);

    assertThat(compilation)
        .hadErrorContaining("[Kiln/UnionNotSealed] @GraphQLUnion \"Open\" is not a sealed interface.")
        .inFile(open)
        .onLineContaining("interface Open");
    assertThat(compilation)
        .hadErrorContaining("[Kiln/UnionMember] Union \"Mixed\" permits \"geo.Plain\", which is not an object type")
        .inFile(mixed)
        .onLineContaining("interface Mixed");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aRecordComponentMayNarrowTheInterfacesFieldToNonNull() {
    JavaFileObject named =
        Compilations.source(
            "geo.Named", "package geo;", "import dev.kiln.annotations.*;", "@GraphQLType public interface Named { @Field String name(); }");
    JavaFileObject city =
        Compilations.source(
            "geo.City",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.NonNull;",
            "@GraphQLType public record City(@NonNull String name) implements Named {",
            "  @Query public static Named city() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(named, city);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation)).contains("type City implements Named {\n  name: String!\n}\n");
    assertThat(Compilations.schema(compilation)).contains("interface Named {\n  name: String\n}\n");
  }

  @Test
  void aRecordComponentThatWidensTheInterfacesFieldIsAnErrorOnTheComponent() {
    JavaFileObject named =
        Compilations.source(
            "geo.Named",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.NonNull;",
            "@GraphQLType public interface Named { @Field @NonNull String name(); }");
    JavaFileObject city =
        Compilations.source(
            "geo.City",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.Nullable;",
            "@GraphQLType public record City(",
            "    double latitude,",
            "    @Nullable String name) implements Named {",
            "  @Query public static Named city() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(named, city);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InterfaceFieldType] Field \"City.name\" is \"String\", which cannot implement \"Named.name\" of type \"String!\"")
        .inFile(city)
        .onLineContaining("@Nullable String name");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aFieldTheImplementationHidesIsMissingOnTheType() {
    JavaFileObject named =
        Compilations.source(
            "geo.Named", "package geo;", "import dev.kiln.annotations.*;", "@GraphQLType public interface Named { @Field String name(); }");
    JavaFileObject city =
        Compilations.source(
            "geo.City",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public record City(double latitude, @Ignore String name) implements Named {",
            "  @Query public static Named city() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(named, city);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InterfaceField] Type \"City\" implements \"Named\", but has no field \"name\", which \"Named.name\" declares (spec §3.6, IsValidImplementation:")
        .inFile(city)
        .onLineContaining("record City");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anInterfaceThatImplementsAnotherIsCheckedAsAnImplementation() {
    JavaFileObject named =
        Compilations.source(
            "geo.Named",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.NonNull;",
            "@GraphQLType public interface Named { @Field @NonNull String name(); }");
    JavaFileObject place =
        Compilations.source(
            "geo.Place",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.Nullable;",
            "@GraphQLType public interface Place extends Named {",
            "  @Override @Nullable String name();",
            "}");
    JavaFileObject city =
        Compilations.source(
            "geo.City",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.NonNull;",
            "@GraphQLType public record City(@NonNull String name) implements Place {",
            "  @Query public static Place city() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(named, place, city);

    assertThat(compilation)
        .hadErrorContaining("[Kiln/InterfaceFieldType] Field \"Place.name\" is \"String\", which cannot implement \"Named.name\" of type \"String!\"")
        .inFile(place)
        .onLineContaining("String name()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anInterfaceCanImplementAnotherAndItsTypesImplementBoth() {
    JavaFileObject named =
        Compilations.source(
            "geo.Named", "package geo;", "import dev.kiln.annotations.*;", "@GraphQLType public interface Named { @Field String name(); }");
    JavaFileObject place =
        Compilations.source(
            "geo.Place",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public interface Place extends Named { @Field double latitude(); }");
    JavaFileObject city =
        Compilations.source(
            "geo.City",
            "package geo;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public record City(String name, double latitude) implements Place {",
            "  @Query public static Place city() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(named, place, city);

    assertThat(compilation).succeededWithoutWarnings();
    String schema = Compilations.schema(compilation);
    assertThat(schema).contains("type City implements Place & Named {\n  name: String\n  latitude: Float!\n}\n");
    assertThat(schema).contains("interface Place implements Named {\n  latitude: Float!\n  name: String\n}\n");
  }
}
