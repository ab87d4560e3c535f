package dev.kiln.processor;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.diagnostics.StageTimes;
import dev.kiln.processor.model.FetcherHost;
import dev.kiln.processor.model.FieldCostModel;
import dev.kiln.processor.model.InputTypeModel;
import dev.kiln.processor.model.LoaderHost;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.operations.ManifestWriter;
import dev.kiln.processor.operations.OperationDocument;
import dev.kiln.processor.operations.OperationsReader;
import dev.kiln.processor.rounds.CompilationElements;
import dev.kiln.processor.rounds.Rounds;
import dev.kiln.processor.scanning.Carriers;
import dev.kiln.processor.scanning.FieldCosts;
import dev.kiln.processor.scanning.ModelBuilder;
import dev.kiln.processor.validation.BaselineCompatibility;
import dev.kiln.processor.validation.SchemaRule;
import dev.kiln.processor.writing.FetcherPlan;
import dev.kiln.processor.writing.FetchersWriter;
import dev.kiln.processor.writing.IndexWriter;
import dev.kiln.processor.writing.InputsWriter;
import dev.kiln.processor.writing.LoadersWriter;
import dev.kiln.processor.writing.ModuleWriter;
import dev.kiln.processor.writing.PropertyReadsWriter;
import dev.kiln.processor.writing.SdlWriter;
import dev.kiln.runtime.PersistedOperations;
import dev.kiln.runtime.spi.ModuleIndex;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

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

  private @Nullable Rounds rounds;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    rounds = new Rounds(processingEnv);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Every annotation of Kiln's annotations package, so that a new one cannot be left out, and
    // the index Kiln writes on the module it generates.
    return Set.of(GraphQLType.class.getPackageName() + ".*", ModuleIndex.class.getCanonicalName());
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
    // Kiln's annotations are Kiln's alone, so it claims them, and models the compilation once, in
    // the first round that has any and whose types have all resolved.
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    try {
      Optional<CompilationElements> compilation = requireNonNull(rounds).next(annotations, round);
      if (compilation.isPresent()) {
        process(compilation.get(), diagnostics);
      }
    } catch (RuntimeException | Error crash) {
      // One report of a bug is enough: later rounds would only repeat it.
      requireNonNull(rounds).stop();
      diagnostics.bug(crash);
    }
    return true;
  }

  private void process(RoundEnvironment round, Diagnostics diagnostics) {
    Options options = Options.parse(processingEnv.getOptions(), diagnostics);
    StageTimes times = new StageTimes(options.timings());
    Carriers carriers = new Carriers(processingEnv.getElementUtils());
    SchemaModel model =
        times.time("modelling", () -> new ModelBuilder(processingEnv, diagnostics, options.contextType(), carriers).build(round, options.module()));
    times.time(
        "schema rules",
        () -> {
          for (SchemaRule rule : SchemaRule.all(options.requireDescriptions())) {
            rule.check(model, diagnostics);
          }
        });
    List<FieldCostModel> costs = times.time("costs", () -> FieldCosts.of(processingEnv, round, model, diagnostics, carriers));
    if (diagnostics.hasErrors()) {
      return;
    }
    String schema = times.time("SDL", () -> SdlWriter.writeWithUpstream(model));
    String sdl = options.incrementalDelivery() ? SdlWriter.withDefer(schema) : schema;
    if (options.baseline() != null) {
      times.time("baseline", () -> checkBaseline(options, sdl, diagnostics));
    }
    List<OperationDocument> operations =
        options.operationsDir() == null ? List.of() : times.time("operations", () -> OperationsReader.read(options.operationsDir(), sdl, diagnostics));
    int files = 0;
    if (!diagnostics.hasErrors()) {
      files = times.time("writing", () -> write(model, costs, sdl, options, diagnostics));
    }
    if (!diagnostics.hasErrors() && options.operationsDir() != null) {
      writeOperations(operations, diagnostics);
    }
    times.report(diagnostics, typeCount(model), files);
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

  /** Writes the generated sources and resources, and answers how many files it wrote. */
  private int write(SchemaModel model, List<FieldCostModel> costs, String sdl, Options options, Diagnostics diagnostics) {
    Filer filer = processingEnv.getFiler();
    Element[] originating = originatingElements(model);
    List<JavaFile> sources = new ArrayList<>();
    try {
      FetcherPlan fetchers = FetcherPlan.of(model);
      for (FetcherHost host : fetchers.hosts()) {
        sources.add(FetchersWriter.write(host));
      }
      for (FetcherPlan.PropertyReads reads : fetchers.propertyReads()) {
        sources.add(PropertyReadsWriter.write(reads));
      }
      for (LoaderHost host : model.loaderHosts()) {
        sources.add(LoadersWriter.write(host));
      }
      for (InputTypeModel input : model.inputTypes()) {
        sources.add(InputsWriter.write(input));
      }
      sources.add(ModuleWriter.write(model, fetchers, costs));
      sources.add(IndexWriter.write(model, SdlWriter.write(model)));
      for (JavaFile source : sources) {
        source.writeTo(filer);
      }
      writeResource(filer, SCHEMA_RESOURCE, sdl, originating);
      writeResource(filer, SERVICES_RESOURCE, model.module().canonicalName() + "\n", originating);
    } catch (IOException e) {
      diagnostics.error(Message.WRITE_FAILED, "generated sources", e.getMessage());
      return sources.size();
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
    return sources.size() + 2;
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

  private static int typeCount(SchemaModel model) {
    return model.objectTypes().size()
        + model.enumTypes().size()
        + model.interfaceTypes().size()
        + model.unionTypes().size()
        + model.customScalars().size()
        + model.inputTypes().size();
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
