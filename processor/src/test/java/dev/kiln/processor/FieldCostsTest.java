package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The processor computes each field's weight from {@code @Cost}, the returned type and whether the
 * field calls business logic, registers the costs that differ from the runtime's default, and
 * reports misused {@code @Cost} and {@code @ListSize} as one compile error each.
 */
class FieldCostsTest {

  @Test
  void theModuleRegistersOnlyTheCostsThatDifferFromTheRuntimeDefault() {
    Compilation compilation =
        Compilations.compile(
            Compilations.source(
                "shop.Named",
                "package shop;",
                "import dev.kiln.annotations.*;",
                "@GraphQLType public interface Named {",
                "  @Field @Cost(4) String name();",
                "}"),
            Compilations.source(
                "shop.Author",
                "package shop;",
                "import dev.kiln.annotations.*;",
                "@GraphQLType @Cost(3) public record Author(String name) implements Named {}"),
            Compilations.source(
                "shop.Branch",
                "package shop;",
                "import dev.kiln.annotations.*;",
                "@GraphQLType public class Branch implements Named {",
                "  @Override @Cost(6) public String name() { return null; }",
                "}"),
            Compilations.source(
                "shop.Review", "package shop;", "import dev.kiln.annotations.*;", "@GraphQLType public record Review(int stars) {}"),
            Compilations.source(
                "shop.Book",
                "package shop;",
                "import dev.kiln.annotations.*;",
                "import java.util.List;",
                "@GraphQLType public class Book {",
                "  @Field public String title() { return null; }",
                "  @Field @Cost(2) public String summary() { return null; }",
                "  @Field public Author author() { return null; }",
                "  @Field @Cost(1) public Author coauthor() { return null; }",
                "  @Field public List<Review> reviews(@DefaultValue(\"5\") int first) { return null; }",
                "  @Field @ListSize(assumedSize = 50) public List<Review> allReviews() { return null; }",
                "  @Field @ListSize(slicingArguments = \"count\") public List<Review> top(int count, int first) { return null; }",
                "  @Field @ListSize(assumedSize = 20, slicingArguments = {\"first\", \"last\"}) public List<Review> page(int first, int last) { return null; }",
                "  @Field @Cost(0) public Review cached() { return null; }",
                "  @Query public static List<Book> books(int first) { return null; }",
                "  @Query public static String version() { return null; }",
                "}"),
            Compilations.source(
                "shop.Blurbs",
                "package shop;",
                "import dev.kiln.annotations.*;",
                "import java.util.List;",
                "public class Blurbs {",
                "  @Field public String blurb(@Source Book book) { return null; }",
                "  @Field public List<List<Integer>> ratings(@Source List<Book> books) { return null; }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    String module = Compilations.content(compilation.generatedSourceFile("shop.KilnSchemaModule").orElseThrow());
    List<String> registrations = module.lines().map(String::strip).filter(line -> line.startsWith("contribution.fieldCost(")).toList();
    assertThat(registrations)
        .containsExactly(
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Author\", \"name\"), FieldCost.newFieldCost().weight(4).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Book\", \"summary\"), FieldCost.newFieldCost().weight(2).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Book\", \"author\"), FieldCost.newFieldCost().weight(3).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Book\", \"allReviews\"), FieldCost.newFieldCost().weight(1).assumedListSize(50).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Book\", \"top\"), FieldCost.newFieldCost().weight(1).slicingArguments(List.of(\"count\")).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Book\", \"page\"), FieldCost.newFieldCost().weight(1).assumedListSize(20).slicingArguments(List.of(\"first\", \"last\")).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Book\", \"cached\"), FieldCost.newFieldCost().weight(0).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Book\", \"blurb\"), FieldCost.newFieldCost().weight(1).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Book\", \"ratings\"), FieldCost.newFieldCost().weight(1).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Branch\", \"name\"), FieldCost.newFieldCost().weight(6).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Named\", \"name\"), FieldCost.newFieldCost().weight(4).build());",
            "contribution.fieldCost(FieldCoordinates.coordinates(\"Query\", \"version\"), FieldCost.newFieldCost().weight(1).build());")
        .inOrder();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Field @Cost(-1) public String a() { return null; } | [Kiln/NegativeCost] @Cost(-1) on "a" is negative. A weight is 0 or more: use @Cost(0) for a field that costs nothing. | @Cost(-1)
          @Field @ListSize(assumedSize = 5) public String a() { return null; } | [Kiln/ListSizeNotList] @ListSize on field "Subject.a" has no effect: the field returns "String", which is not a list. Remove @ListSize, or put it on a field that returns a list. | @ListSize(assumedSize = 5)
          @Field @ListSize(assumedSize = -2) public List<Subject> a() { return null; } | [Kiln/NegativeListSize] @ListSize(assumedSize = -2) on field "Subject.a" is negative. Assume 0 or more elements, or leave assumedSize out to use the runtime's assumedListSize. | @ListSize(assumedSize = -2)
          @Field @ListSize(slicingArguments = "frst") public List<Subject> a(int first) { return null; } | [Kiln/UnknownSlicingArgument] @ListSize slicing argument "frst" is not an argument of field "Subject.a" — did you mean "first"? | "frst"
          @Field @ListSize(slicingArguments = "size") public List<Subject> a(int first, int offset) { return null; } | [Kiln/UnknownSlicingArgument] @ListSize slicing argument "size" is not an argument of field "Subject.a". Name one of its arguments: first, offset. | "size"
          @Field @ListSize(slicingArguments = "count") public List<Subject> a() { return null; } | [Kiln/UnknownSlicingArgument] @ListSize slicing argument "count" is not an argument of field "Subject.a". The field has no arguments: set assumedSize instead. | "count"
          @Field @ListSize(slicingArguments = "name") public List<Subject> a(String name) { return null; } | [Kiln/SlicingArgumentNotInt] @ListSize slicing argument "name" of field "Subject.a" is of type "String", but a slicing argument bounds the size of the list. Make it an Int, or name another argument. | String name
          @Cost(2) public String helper() { return null; } | [Kiln/MisplacedCost] @Cost on "helper" has no effect: it is not a GraphQL field. Put it on a @Field, @Query, @Mutation or @Subscription member, or remove it. | @Cost(2)
          @ListSize(assumedSize = 2) public List<Subject> helper() { return null; } | [Kiln/MisplacedCost] @ListSize on "helper" has no effect: it is not a GraphQL field. | @ListSize(assumedSize = 2)
          @Field @ListSize public List<Subject> a(int count) { return null; } | [Kiln/EmptyListSize] @ListSize on field "Subject.a" sets neither assumedSize nor slicingArguments, and the field has no Int argument named first, last or limit. Set assumedSize, or name the arguments that bound the list in slicingArguments. | @ListSize public
          """)
  void reportsMistakeOnItsLine(String member, String message, String line) {
    JavaFileObject subject =
        Compilations.source(
            "test.Subject",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import java.util.List;",
            "@GraphQLType",
            "public class Subject {",
            "  @Field public int ok;",
            "  " + member,
            "  @Query public static Subject subject() { return null; }",
            "}");
    Compilation compilation = Compilations.compile(subject);

    assertThat(compilation).hadErrorContaining(message).inFile(subject).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNegativeCostOnATypeIsAnErrorOnTheType() {
    JavaFileObject subject =
        Compilations.source(
            "test.Subject",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType",
            "@Cost(-3)",
            "public record Subject(int id) {",
            "  @Query public static Subject subject() { return null; }",
            "}");
    Compilation compilation = Compilations.compile(subject);

    assertThat(compilation).hadErrorContaining("[Kiln/NegativeCost] @Cost(-3) on \"Subject\" is negative.").inFile(subject).onLineContaining("@Cost(-3)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCostOnATypeThatNoFieldCanReturnIsAnError() {
    JavaFileObject filter =
        Compilations.source("test.Filter", "package test;", "import dev.kiln.annotations.*;", "@Cost(2)", "public class Filter {}");
    Compilation compilation = Compilations.compile(Compilations.itemWithQuery(), filter);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/MisplacedCost] @Cost on \"Filter\" has no effect: it is not a GraphQL object type, interface, union, enum or scalar. Put it on the type a field returns, or on the field, or remove it.")
        .inFile(filter)
        .onLineContaining("@Cost(2)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aMemberThatServesSeveralFieldsIsReportedOnce() {
    JavaFileObject base =
        Compilations.source(
            "test.Base", "package test;", "import dev.kiln.annotations.*;", "public abstract class Base {", "  @Field @Cost(-1) public String a() { return null; }", "}");
    JavaFileObject one =
        Compilations.source("test.One", "package test;", "import dev.kiln.annotations.*;", "@GraphQLType public class One extends Base {", "  @Query public static One one() { return null; }", "}");
    JavaFileObject two =
        Compilations.source("test.Two", "package test;", "import dev.kiln.annotations.*;", "@GraphQLType public class Two extends Base {", "  @Query public static Two two() { return null; }", "}");
    Compilation compilation = Compilations.compile(base, one, two);

    assertThat(compilation).hadErrorContaining("[Kiln/NegativeCost] @Cost(-1) on \"a\" is negative.").inFile(base).onLineContaining("@Cost(-1)");
    assertThat(compilation).hadErrorCount(1);
  }
}
