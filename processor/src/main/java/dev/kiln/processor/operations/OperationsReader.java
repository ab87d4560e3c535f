package dev.kiln.processor.operations;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.runtime.PersistedOperations;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the operations that clients use, every {@code *.graphql} file under {@code
 * -Akiln.operations.dir} in sorted path order, and checks each against the schema this compilation
 * produces, with graphql-java's parser and validator: a syntax or validation error, an anonymous
 * operation or an operation name used twice is a compile error that names the file, line and
 * column (javac cannot point at a file that is not Java).
 */
public final class OperationsReader {
  private final Diagnostics diagnostics;
  private final Map<String, String> operationPlaces = new HashMap<>();

  private OperationsReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The documents under {@code directory}, in sorted path order, checked against {@code sdl};
   * errors go to {@code diagnostics}.
   */
  public static List<OperationDocument> read(Path directory, String sdl, Diagnostics diagnostics) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(f -> f.toString().endsWith(".graphql") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error(Message.INVALID_OPTION, "kiln.operations.dir", directory, "it cannot be read: " + e.getMessage());
      return List.of();
    }
    GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    OperationsReader reader = new OperationsReader(diagnostics);
    List<OperationDocument> documents = new ArrayList<>();
    for (Path file : files) {
      OperationDocument document = reader.check(file, schema);
      if (document != null) {
        documents.add(document);
      }
    }
    return documents;
  }

  private @Nullable OperationDocument check(Path file, GraphQLSchema schema) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      diagnostics.error(Message.INVALID_OPERATION, file + ":1:1", "The file is not UTF-8 text; save it as UTF-8");
      return null;
    } catch (IOException e) {
      diagnostics.error(Message.INVALID_OPERATION, file + ":1:1", "The file cannot be read: " + e.getMessage());
      return null;
    }
    Document document;
    try {
      document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text).parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
    } catch (InvalidSyntaxException e) {
      diagnostics.error(Message.INVALID_OPERATION, place(file, e.getLocation()), e.getMessage());
      return null;
    }
    int errors = diagnostics.errorCount();
    List<String> names = new ArrayList<>();
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      String place = place(file, operation.getSourceLocation());
      if (operation.getName() == null) {
        diagnostics.error(Message.ANONYMOUS_OPERATION, place, operation.getOperation().name().toLowerCase(Locale.ROOT));
        continue;
      }
      String earlier = operationPlaces.putIfAbsent(operation.getName(), place);
      if (earlier != null) {
        diagnostics.error(Message.DUPLICATE_OPERATION, place, operation.getName(), earlier);
      }
      names.add(operation.getName());
    }
    for (ValidationError error : new Validator().validateDocument(schema, document, Locale.ENGLISH)) {
      @Nullable SourceLocation location = error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations().get(0);
      diagnostics.error(Message.INVALID_OPERATION, place(file, location), error.getMessage());
    }
    return diagnostics.errorCount() > errors ? null : new OperationDocument(PersistedOperations.sha256(text), List.copyOf(names), text);
  }

  private static String place(Path file, @Nullable SourceLocation location) {
    return location == null ? file + ":1:1" : file + ":" + location.getLine() + ":" + location.getColumn();
  }
}
