package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type that another annotation processor generates is mapped like the user's own: Kiln defers
 * the compilation to the round in which every type its signatures name has resolved, whichever
 * processor runs first.
 */
class DeferredTypesTest {
  /** The annotation that {@link Generator} answers, as Immutables answers {@code @Value.Immutable}. */
  private static final JavaFileObject GENERATE =
      Compilations.source("blog.Generate", "package blog;", "public @interface Generate {}");
  /** Refers to {@code Author} and {@code Genre}, which {@link Generator} writes in the first round. */
  private static final JavaFileObject POST =
      Compilations.source(
          "blog.Post",
          "package blog;",
          "import dev.kiln.annotations.*;",
          "import java.util.List;",
          "/**",
          " * A blog post.",
          " *",
          " * @param title the headline",
          " * @param author who wrote it",
          " */",
          "@Generate @GraphQLType public record Post(String title, Author author) {",
          "  /** The posts of a genre. */",
          "  @Query public static List<Post> posts(Genre genre) {",
          "    return List.of(new Post(\"On \" + genre.name().toLowerCase(), new Author(\"Ada\", genre)));",
          "  }",
          "}");

  @Test
  void typesGeneratedByAnotherProcessorAreDeferredThenMapped(@TempDir Path classes) throws Exception {
    for (List<Processor> processors : List.of(List.<Processor>of(new KilnProcessor(), new Generator()), List.<Processor>of(new Generator(), new KilnProcessor()))) {
      Compilation compilation = javac().withProcessors(processors).withOptions("-Xlint:all,-processing", "-Werror").compile(GENERATE, POST);

      assertThat(compilation).succeededWithoutWarnings();
      assertThat(Compilations.schema(compilation))
          .isEqualTo(
              """
              type Query {
                "The posts of a genre."
                posts(genre: Genre): [Post]
              }

              "Someone who writes."
              type Author {
                name: String
                genre: Genre
              }

              enum Genre {
                ESSAY
                POETRY
              }

              "A blog post."
              type Post {
                "the headline"
                title: String
                "who wrote it"
                author: Author
              }
              """);
      Path directory = classes.resolve(processors.get(0).getClass().getSimpleName());
      try (URLClassLoader loader = Compilations.classLoader(compilation, directory)) {
        Kiln kiln = Kiln.newKiln().classLoader(loader).build();

        assertThat(kiln.execute(KilnRequest.of("{ posts(genre: POETRY) { title author { name genre } } }")).toSpecification())
            .isEqualTo(
                Map.of(
                    "data",
                    Map.of("posts", List.of(Map.of("title", "On poetry", "author", Map.of("name", "Ada", "genre", "POETRY"))))));
      }
    }
  }

  @Test
  void aTypeThatNeverResolvesIsReportedByJavacAndNotWaitedFor() {
    JavaFileObject post =
        Compilations.source(
            "blog.Post",
            "package blog;",
            "import dev.kiln.annotations.*;",
            "@GraphQLType public record Post(String title, Autor author) {",
            "  @Query public static Post post() { return null; }",
            "}");

    Compilation compilation = Compilations.compile(post);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(post).onLineContaining("Autor author");
  }

  /**
   * Writes, in the first round that has {@code @Generate}, a Kiln type and a plain enum that {@code
   * blog.Post} refers to, as Immutables or AutoValue write the classes a user's code names.
   */
  private static final class Generator extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("blog.Generate");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (generated) {
        return false;
      }
      generated = true;
      write(
          "blog.Author",
          """
          package blog;

          /** Someone who writes. */
          @dev.kiln.annotations.GraphQLType
          public record Author(String name, Genre genre) {}
          """);
      write("blog.Genre", "package blog;\n\npublic enum Genre { ESSAY, POETRY }\n");
      return false;
    }

    private void write(String name, String source) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
