package dev.kiln.benchmarks.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the annotated sources of a schema of {@code n} object types, for Kiln, SPQR or
 * graphql-java-annotations. Type {@code Tk} has five fields ({@code id: ID}, {@code name: String},
 * {@code count: Int}, {@code score: Float} and {@code next}), and the query type one field {@code
 * tk} per type, so that every type is reachable from the root. {@code next} links the types in
 * rings of ten ({@code T0 → T1 → … → T9 → T0}, {@code T10 → … → T19 → T10}, …): one chain through
 * all 1,000 types would overflow the stack of graphql-java-annotations, which builds referenced
 * types recursively.
 *
 * <p>The build runs it in {@code generate-sources} ({@code java SchemaSourceGenerator FLAVOR SIZES
 * DIR}, sizes separated by commas); the compile-time benchmark calls {@link #write} itself.
 */
public final class SchemaSourceGenerator {
  /** The query the startup benchmarks answer first: it reaches two types. */
  public static final String FIRST_QUERY = "{ t0 { id name count score next { id name } } }";

  /** The {@code data} that {@link #FIRST_QUERY} must produce. */
  public static final Map<String, Object> FIRST_RESULT =
      Map.of("t0", Map.of("id", "t0", "name", "Type 0", "count", 0, "score", 0.5, "next", Map.of("id", "t1", "name", "Type 1")));

  private SchemaSourceGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("Usage: SchemaSourceGenerator kiln|spqr|annotations|peers SIZES OUTPUT_DIRECTORY");
    }
    List<String> flavors = args[0].equals("peers") ? List.of("spqr", "annotations") : List.of(args[0]);
    Path directory = Path.of(args[2]);
    for (String flavor : flavors) {
      for (String size : args[1].split(",")) {
        int n = Integer.parseInt(size.trim());
        write(flavor, n, packageName(flavor, n), directory);
      }
    }
  }

  /** The package the build puts the schema of {@code n} types in. */
  public static String packageName(String flavor, int n) {
    return switch (flavor) {
      case "kiln" -> "dev.kiln.benchmarks.schemas.t" + n;
      case "spqr" -> "dev.kiln.benchmarks.peers.spqr.t" + n;
      case "annotations" -> "dev.kiln.benchmarks.peers.gja.t" + n;
      default -> throw new IllegalArgumentException("No flavor \"" + flavor + "\"; expected kiln, spqr or annotations.");
    };
  }

  /**
   * Writes one source file per type and one for the root fields ({@code Roots}) into the package
   * directory under {@code directory}, and returns their paths.
   */
  public static List<Path> write(String flavor, int n, String packageName, Path directory) {
    Path packageDirectory = directory.resolve(packageName.replace('.', '/'));
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(packageDirectory);
      for (int k = 0; k < n; k++) {
        files.add(writeFile(packageDirectory, "T" + k, typeSource(flavor, packageName, "T" + k, "T" + next(k, n))));
      }
      files.add(writeFile(packageDirectory, "Roots", rootsSource(flavor, packageName, n)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The type that {@code Tk}'s {@code next} field refers to: the next in its ring of ten. */
  private static int next(int k, int n) {
    boolean lastOfRing = k % 10 == 9 || k + 1 == n;
    return lastOfRing ? k - k % 10 : k + 1;
  }

  private static Path writeFile(Path directory, String className, String source) throws IOException {
    Path file = directory.resolve(className + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file;
  }

  private static String typeSource(String flavor, String packageName, String name, String next) {
    return switch (flavor) {
      case "kiln" -> """
          package %1$s;

          import dev.kiln.annotations.GraphQLType;
          import dev.kiln.annotations.Id;

          /** Generated object type %2$s. */
          @GraphQLType
          public record %2$s(@Id String id, String name, int count, double score, %3$s next) {}
          """.formatted(packageName, name, next);
      case "spqr" -> """
          package %1$s;

          import io.leangen.graphql.annotations.GraphQLId;
          import io.leangen.graphql.annotations.GraphQLQuery;

          /** Generated object type %2$s. */
          public final class %2$s {
            private final String id;
            private final String name;
            private final int count;
            private final double score;
            private final %3$s next;

            public %2$s(String id, String name, int count, double score, %3$s next) {
              this.id = id;
              this.name = name;
              this.count = count;
              this.score = score;
              this.next = next;
            }

            @GraphQLQuery(name = "id")
            public @GraphQLId String id() {
              return id;
            }

            @GraphQLQuery(name = "name")
            public String name() {
              return name;
            }

            @GraphQLQuery(name = "count")
            public int count() {
              return count;
            }

            @GraphQLQuery(name = "score")
            public double score() {
              return score;
            }

            @GraphQLQuery(name = "next")
            public %3$s next() {
              return next;
            }
          }
          """.formatted(packageName, name, next);
      case "annotations" -> """
          package %1$s;

          import graphql.annotations.annotationTypes.GraphQLField;
          import graphql.annotations.annotationTypes.GraphQLID;

          /** Generated object type %2$s. */
          public final class %2$s {
            @GraphQLField @GraphQLID public final String id;
            @GraphQLField public final String name;
            @GraphQLField public final int count;
            @GraphQLField public final double score;
            @GraphQLField public final %3$s next;

            public %2$s(String id, String name, int count, double score, %3$s next) {
              this.id = id;
              this.name = name;
              this.count = count;
              this.score = score;
              this.next = next;
            }
          }
          """.formatted(packageName, name, next);
      default -> throw new IllegalArgumentException("No flavor \"" + flavor + "\"; expected kiln, spqr or annotations.");
    };
  }

  private static String rootsSource(String flavor, String packageName, int n) {
    StringBuilder source = new StringBuilder();
    source.append("package ").append(packageName).append(";\n\n");
    source.append(
        switch (flavor) {
          case "kiln" -> "import dev.kiln.annotations.Query;\n";
          case "spqr" -> "import io.leangen.graphql.annotations.GraphQLQuery;\n";
          default -> "import graphql.annotations.annotationTypes.GraphQLField;\nimport graphql.annotations.annotationTypes.GraphQLName;\n";
        });
    source.append("\n/** The root fields of the generated schema of ").append(n).append(" types. */\n");
    if (flavor.equals("annotations")) {
      source.append("@GraphQLName(\"Query\")\n");
    }
    source.append("public final class Roots {\n");
    for (int k = 0; k < n; k++) {
      String type = "T" + k;
      int next = next(k, n);
      String nextValue = "new T%d(\"t%d\", \"Type %d\", %d, %d.5, null)".formatted(next, next, next, next, next);
      String annotation =
          switch (flavor) {
            case "kiln" -> "@Query";
            case "spqr" -> "@GraphQLQuery(name = \"t" + k + "\")";
            default -> "@GraphQLField";
          };
      // graphql-java-annotations calls static root methods without making an instance of Roots.
      String modifiers = flavor.equals("annotations") ? "public static" : "public";
      source.append(
          String.format(
              Locale.ROOT,
              "  %s\n  %s %s t%d() {\n    return new %s(\"t%d\", \"Type %d\", %d, %d.5, %s);\n  }\n\n",
              annotation, modifiers, type, k, type, k, k, k, k, nextValue));
    }
    source.append("}\n");
    return source.toString();
  }
}
