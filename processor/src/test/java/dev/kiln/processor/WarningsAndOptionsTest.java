package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.diagnostics.Message;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings for legal but risky code, and how to silence them; the {@code -Akiln.*} options; the
 * report of a crash inside Kiln; and the message catalog as a whole.
 */
class WarningsAndOptionsTest {

  @Test
  void aLoaderNoParameterUsesIsAWarningOnIt() {
    JavaFileObject loaders =
        Compilations.source(
            "test.Loaders",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import java.util.*;",
            "public class Loaders {",
            "  @BatchLoader static Map<Integer, Item> orphan(Set<Integer> ids) { return null; }",
            "}");

    Compilation compilation = Compilations.compileWithOptions(List.of(), Compilations.itemWithQuery(), loaders);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[Kiln/UnusedLoader] Loader \"orphan\" is declared, but no DataLoader parameter receives it, and it is not public, so no other compilation can. Remove it, or keep it with @SuppressWarnings(\"kiln:UnusedLoader\").")
        .inFile(loaders)
        .onLineContaining("orphan(");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void suppressWarningsWithTheIdOrAllSilencesAWarning() {
    JavaFileObject loaders =
        Compilations.source(
            "test.Loaders",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import java.util.*;",
            "public class Loaders {",
            "  @SuppressWarnings(\"kiln:UnusedLoader\")",
            "  @BatchLoader static Map<Integer, Item> orphan(Set<Integer> ids) { return null; }",
            "}");
    JavaFileObject deprecated =
        Compilations.source(
            "test.Old",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@SuppressWarnings(\"kiln:all\")",
            "@GraphQLType public class Old {",
            "  @Field @Deprecated public int size;",
            "}");

    assertThat(Compilations.compile(Compilations.itemWithQuery(), loaders, deprecated)).succeededWithoutWarnings();
  }

  @Test
  void deprecatedWithoutAReasonIsAWarning() {
    JavaFileObject old =
        Compilations.source(
            "test.Old",
            "package test;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public class Old {",
            "  @Field @Deprecated public int size;",
            "}");

    Compilation compilation = Compilations.compileWithOptions(List.of(), Compilations.itemWithQuery(), old);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[Kiln/DeprecatedWithoutReason] Field \"Old.size\" is @Deprecated without a reason, so clients read \"No longer supported\".")
        .inFile(old)
        .onLineContaining("int size");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void requireDescriptionsMakesEachUndocumentedElementAnError() {
    JavaFileObject shop =
        Compilations.source(
            "test.Shop",
            "package test;",
            "import dev.kiln.annotations.*;",
            "/** A shop. */",
            "@GraphQLType public class Shop {",
            "  /** Its name. */",
            "  @Field public String name;",
            "  @Field public int size;",
            "  /**",
            "   * The shop.",
            "   *",
            "   * @param id which one",
            "   */",
            "  @Query public static Shop shop(int id, int floor) { return null; }",
            "}");

    Compilation compilation = Compilations.compileWithOptions(List.of("-Akiln.requireDescriptions=true"), shop);

    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/MissingDescription] Field \"Shop.size\" has no description, and -Akiln.requireDescriptions=true requires one for every element of the schema. Write a Javadoc comment for it.")
        .inFile(shop)
        .onLineContaining("int size");
    assertThat(compilation)
        .hadErrorContaining("[Kiln/MissingDescription] Argument \"Query.shop(floor:)\" has no description")
        .inFile(shop)
        .onLineContaining("int floor");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void optionsWithBadValuesSayWhatIsAllowed() {
    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Akiln.requireDescriptions=yes", "-Akiln.schema.breaking=ignore", "-Akiln.shema.file=x.graphql", "-Akiln.schema.baseline=no/such/file.graphql"),
            Compilations.itemWithQuery());

    assertThat(compilation).hadErrorContaining("[Kiln/InvalidOption] Option -Akiln.requireDescriptions=yes is not valid: expected true or false.");
    assertThat(compilation).hadErrorContaining("[Kiln/InvalidOption] Option -Akiln.schema.breaking=ignore is not valid: expected error or warn.");
    assertThat(compilation)
        .hadErrorContaining(
            "[Kiln/InvalidOption] Option -Akiln.shema.file=x.graphql is not valid: Kiln has no such option. Its options are kiln.contextType, kiln.incrementalDelivery, kiln.module, kiln.operations.dir, kiln.requireDescriptions, kiln.schema.baseline, kiln.schema.breaking, kiln.schema.file, kiln.timings.");
    assertThat(compilation).hadErrorContaining("[Kiln/InvalidOption] Option -Akiln.schema.baseline=no/such/file.graphql is not valid: no readable file is there");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void timingsAreOneNoteWithEveryStage() {
    Compilation quiet = Compilations.compile(Compilations.itemWithQuery());
    Compilation timed = Compilations.compileWithOptions(List.of("-Akiln.timings=true"), Compilations.itemWithQuery());

    assertThat(quiet.notes().stream().filter(note -> note.getMessage(null).contains("[Kiln/Timings]")).count()).isEqualTo(0);
    assertThat(timed).succeededWithoutWarnings();
    List<String> notes = timed.notes().stream().map(note -> note.getMessage(null)).filter(note -> note.contains("[Kiln/Timings]")).toList();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0))
        .matches(
            "\\[Kiln/Timings\\] Kiln read 1 types and wrote 6 files in \\d+ ms: modelling \\d+ ms, schema rules \\d+ ms, costs \\d+ ms, SDL \\d+ ms, writing \\d+ ms\\.");
  }

  @Test
  void aCrashInsideKilnIsReportedAsABugWithItsStackTrace() {
    Compilation compilation = javac().withProcessors(new CrashingElements()).compile(Compilations.itemWithQuery());

    assertThat(compilation)
        .hadErrorContaining("[Kiln/InternalError] Kiln's annotation processor crashed. This is a bug in Kiln, please report it with this stack trace:");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: elements are broken");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void theCatalogHasAtLeastFortyMessagesAndATestForEach() throws IOException {
    Set<String> ids = Arrays.stream(Message.values()).map(Message::id).collect(Collectors.toSet());
    String tests;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      tests = files.filter(f -> f.toString().endsWith(".java")).map(WarningsAndOptionsTest::read).collect(Collectors.joining("\n"));
    }
    // WriteFailed needs a failing file system, which a compile test cannot give.
    List<String> untested = ids.stream().filter(id -> !id.equals("WriteFailed") && !tests.contains("[Kiln/" + id + "]")).sorted().toList();

    assertThat(untested).isEmpty();
    assertThat(ids.size()).isAtLeast(40);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Kiln's processor, given an {@code Elements} that throws, as a bug inside Kiln would. */
  private static final class CrashingElements extends AbstractProcessor {
    private final KilnProcessor kiln = new KilnProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      Elements broken =
          (Elements)
              Proxy.newProxyInstance(
                  Elements.class.getClassLoader(),
                  new Class<?>[] {Elements.class},
                  (proxy, method, arguments) -> {
                    throw new IllegalStateException("elements are broken");
                  });
      kiln.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  ProcessingEnvironment.class.getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, arguments) ->
                      method.getName().equals("getElementUtils") ? broken : method.invoke(environment, arguments)));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return kiln.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return kiln.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return kiln.process(annotations, round);
    }
  }
}
