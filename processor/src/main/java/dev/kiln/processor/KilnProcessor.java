package dev.kiln.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.kiln.annotations.Authorized;
import dev.kiln.annotations.BatchLoader;
import dev.kiln.annotations.Context;
import dev.kiln.annotations.Cost;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLScalar;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.GraphQLUnion;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.ListSize;
import dev.kiln.annotations.Loader;
import dev.kiln.annotations.ModuleIndex;
import dev.kiln.annotations.Ignore;
import dev.kiln.annotations.Mutation;
import dev.kiln.annotations.OneOf;
import dev.kiln.annotations.Query;
import dev.kiln.annotations.Source;
import dev.kiln.annotations.Subscription;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.FetcherHost;
import dev.kiln.processor.model.FieldCostModel;
import dev.kiln.processor.model.InputTypeModel;
import dev.kiln.processor.model.LoaderHost;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.operations.ManifestWriter;
import dev.kiln.processor.operations.OperationDocument;
import dev.kiln.processor.operations.OperationsReader;
import dev.kiln.processor.scanning.FieldCosts;
import dev.kiln.processor.scanning.ModelBuilder;
import dev.kiln.processor.validation.BaselineCompatibility;
import dev.kiln.processor.validation.SchemaRule;
import dev.kiln.processor.writing.FetchersWriter;
import dev.kiln.processor.writing.IndexWriter;
import dev.kiln.processor.writing.InputsWriter;
import dev.kiln.processor.writing.LoadersWriter;
import dev.kiln.processor.writing.ModuleWriter;
import dev.kiln.processor.writing.SdlWriter;
import dev.kiln.runtime.PersistedOperations;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Kiln's annotation processor. Reads the annotated types of a compilation into a model, validates
 * it, and writes:
 *
 * <ul>
 *   <li>{@code META-INF/kiln/schema.graphql}, and a copy at {@code -Akiln.schema.file} if given;
 *   <li>a {@code <Class>_Fetchers} class per class that serves fields;
 *   <li>the module class, listed in {@code META-INF/services/dev.kiln.runtime.spi.KilnModule};
 *   <li>with {@code -Akiln.operations.dir}, the manifest of persisted operations, {@code
 *       META-INF/kiln/operations.json}.
 * </ul>
 *
 * <p>It reports every mistake in one compile and writes nothing if there was any.
 */
@AutoService(Processor.class)
public final class KilnProcessor extends AbstractProcessor {
  static final String SCHEMA_RESOURCE = "META-INF/kiln/schema.graphql";
  static final String SERVICES_RESOURCE = "META-INF/services/dev.kiln.runtime.spi.KilnModule";

  private boolean processed;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Stream.of(
            GraphQLType.class,
            Field.class,
            Authorized.class,
            Ignore.class,
            Query.class,
            Mutation.class,
            Subscription.class,
            Id.class,
            DefaultValue.class,
            Context.class,
            Cost.class,
            ListSize.class,
            BatchLoader.class,
            Loader.class,
            Source.class,
            GraphQLScalar.class,
            GraphQLUnion.class,
            OneOf.class,
            ModuleIndex.class)
        .map(Class::getCanonicalName)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.ALL;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    // Kiln's annotations are Kiln's alone, so it claims them, and models them once, in the first
    // round that has any.
    if (processed || annotations.isEmpty()) {
      return true;
    }
    processed = true;
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    try {
      Options options = Options.parse(processingEnv.getOptions(), diagnostics);
      SchemaModel model = new ModelBuilder(processingEnv, diagnostics, options.contextType()).build(round, options.module());
      for (SchemaRule rule : SchemaRule.all(options.requireDescriptions())) {
        rule.check(model, diagnostics);
      }
      List<FieldCostModel> costs = FieldCosts.of(processingEnv, round, model, diagnostics);
      if (diagnostics.hasErrors()) {
        return true;
      }
      String schema = SdlWriter.writeWithUpstream(model);
      String sdl = options.incrementalDelivery() ? SdlWriter.withDefer(schema) : schema;
      if (options.baseline() != null) {
        checkBaseline(options, sdl, diagnostics);
      }
      List<OperationDocument> operations = options.operationsDir() == null ? List.of() : OperationsReader.read(options.operationsDir(), sdl, diagnostics);
      if (!diagnostics.hasErrors()) {
        write(model, costs, sdl, options, diagnostics);
      }
      if (!diagnostics.hasErrors() && options.operationsDir() != null) {
        writeOperations(operations, diagnostics);
      }
    } catch (RuntimeException | Error crash) {
      diagnostics.bug(crash);
    }
    return true;
  }

  private static void checkBaseline(Options options, String sdl, Diagnostics diagnostics) {
    Path baseline = options.baseline();
    String baselineSdl;
    try {
      baselineSdl = Files.readString(baseline, StandardCharsets.UTF_8);
    } catch (IOException e) {
      diagnostics.error(Message.INVALID_OPTION, Options.BASELINE, baseline, "it cannot be read: " + e.getMessage());
      return;
    }
    BaselineCompatibility.check(baselineSdl, baseline, sdl, options.breakingIsError(), diagnostics);
  }

  private void write(SchemaModel model, List<FieldCostModel> costs, String sdl, Options options, Diagnostics diagnostics) {
    Filer filer = processingEnv.getFiler();
    Element[] originating = originatingElements(model);
    try {
      for (FetcherHost host : model.hosts()) {
        FetchersWriter.write(host).writeTo(filer);
      }
      for (LoaderHost host : model.loaderHosts()) {
        LoadersWriter.write(host).writeTo(filer);
      }
      for (InputTypeModel input : model.inputTypes()) {
        InputsWriter.write(input).writeTo(filer);
      }
      JavaFile module = ModuleWriter.write(model, costs);
      module.writeTo(filer);
      IndexWriter.write(model, SdlWriter.write(model)).writeTo(filer);
      writeResource(filer, SCHEMA_RESOURCE, sdl, originating);
      writeResource(filer, SERVICES_RESOURCE, model.module().canonicalName() + "\n", originating);
    } catch (IOException e) {
      diagnostics.error(Message.WRITE_FAILED, "generated sources", e.getMessage());
      return;
    }
    if (options.schemaFile() != null) {
      try {
        Path file = options.schemaFile().toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, sdl, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        diagnostics.error(Message.WRITE_FAILED, options.schemaFile(), e.getMessage());
      }
    }
  }

  private void writeOperations(List<OperationDocument> operations, Diagnostics diagnostics) {
    try {
      writeResource(processingEnv.getFiler(), PersistedOperations.MANIFEST_RESOURCE, ManifestWriter.write(operations), new Element[0]);
    } catch (IOException e) {
      diagnostics.error(Message.WRITE_FAILED, PersistedOperations.MANIFEST_RESOURCE, e.getMessage());
    }
  }

  private static void writeResource(Filer filer, String path, String content, Element[] originating) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
    try (Writer writer = file.openWriter()) {
      writer.write(content);
    }
  }

  private static Element[] originatingElements(SchemaModel model) {
    List<Element> elements = new ArrayList<>();
    model.objectTypes().forEach(t -> elements.add(t.source()));
    model.enumTypes().forEach(t -> elements.add(t.source()));
    model.interfaceTypes().forEach(t -> elements.add(t.source()));
    model.unionTypes().forEach(t -> elements.add(t.source()));
    model.customScalars().forEach(t -> elements.add(t.source()));
    model.inputTypes().forEach(t -> elements.add(t.source()));
    model.hosts().forEach(h -> elements.add(h.source()));
    model.loaderHosts().forEach(h -> elements.add(h.source()));
    return elements.toArray(new Element[0]);
  }
}
