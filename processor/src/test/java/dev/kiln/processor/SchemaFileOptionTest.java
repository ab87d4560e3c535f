package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Akiln.schema.file} writes a copy of the schema where the build wants it. */
class SchemaFileOptionTest {

  @Test
  void writesACopyOfTheSchemaToTheGivenPath(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("build/api/schema.graphql");

    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Akiln.schema.file=" + file),
            Compilations.itemWithQuery());

    assertThat(compilation).succeeded();
    assertThat(Files.readString(file)).isEqualTo(Compilations.schema(compilation));
    assertThat(Files.readString(file)).isEqualTo("type Query {\n  item: Item\n}\n\ntype Item {\n  id: Int!\n}\n");
  }

  @Test
  void blankPathIsAnError() {
    Compilation compilation =
        Compilations.compileWithOptions(
            List.of("-Akiln.schema.file= "),
            Compilations.itemWithQuery());

    assertThat(compilation)
        .hadErrorContaining("[Kiln/InvalidOption] Option -Akiln.schema.file=  is not valid: expected a file path, such as target/schema.graphql.");
    assertThat(compilation).hadErrorCount(1);
  }
}
