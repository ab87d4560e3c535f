package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Fields declared on superclasses and interfaces are exposed on the types that inherit them; a
 * method that overrides a field's method keeps its annotation and Javadoc.
 */
class InheritanceTest {
  private static final JavaFileObject NAMED =
      Compilations.source(
          "zoo.Named",
          "package zoo;",
          "import dev.kiln.annotations.*;",
          "public abstract class Named {",
          "  /** What it is called. */",
          "  @Field public String name() { return \"?\"; }",
          "  /** How it is listed. */",
          "  @Field public String label() { return \"#\" + name(); }",
          "}");
  private static final JavaFileObject AGED =
      Compilations.source(
          "zoo.Aged",
          "package zoo;",
          "import dev.kiln.annotations.*;",
          "public interface Aged {",
          "  /** Its age in years. */",
          "  @Field default int years() { return 1; }",
          "}");

  @Test
  void inheritedFieldsFollowTheTypesOwnAndOverridesKeepAnnotationAndJavadoc() {
    JavaFileObject dog =
        Compilations.source(
            "zoo.Dog",
            "package zoo;",
            "import dev.kiln.annotations.*;",
            "/** A good dog. */",
            "@GraphQLType public class Dog extends Named implements Aged {",
            "  /** Whether it is a good dog. */",
            "  @Field public boolean good = true;",
            "  @Override public String name() { return \"Rex\"; }",
            "  @Query public static Dog dog() { return new Dog(); }",
            "}");

    Compilation compilation = Compilations.compile(NAMED, AGED, dog);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.schema(compilation))
        .contains(
            """
            "A good dog."
            type Dog {
              "Whether it is a good dog."
              good: Boolean!
              "What it is called."
              name: String
              "How it is listed."
              label: String
              "Its age in years."
              years: Int!
            }
            """);
    String fetchers = Compilations.content(compilation.generatedSourceFile("zoo.Dog_Fetchers").orElseThrow());
    assertThat(fetchers).contains("((Dog) source).label()");
    assertThat(fetchers).contains("((Dog) source).years()");
  }

  @Test
  void aProtectedFieldInheritedFromAnotherPackageIsAnError() {
    JavaFileObject base =
        Compilations.source(
            "base.Base",
            "package base;",
            "import dev.kiln.annotations.*;",
            "public abstract class Base {",
            "  @Field protected String code() { return null; }",
            "}");
    JavaFileObject item =
        Compilations.source(
            "zoo.Item",
            "package zoo;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public class Item extends base.Base {",
            "  @Field public int id;",
            "  @Query public static Item item() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(base, item);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InaccessibleMember] @Field \"code\" of \"Item\" is inherited from \"base.Base\", where it is protected, so the generated code in another package cannot call it. Make it public.")
        .inFile(item)
        .onLineContaining("class Item");
    assertThat(compilation).hadErrorCount(1);
  }
}
