package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.Invocation.Receiver;
import dev.kiln.processor.model.LoaderHost;
import dev.kiln.processor.model.LoaderModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>_Loaders}: one {@code BatchLoaderWithContext} per {@code @BatchLoader}
 * method, calling it directly, and a {@code register} method that hands the runtime a factory for
 * each, so that every request gets its own loaders.
 */
public final class LoadersWriter {
  private LoadersWriter() {}

  public static JavaFile write(LoaderHost host) {
    ClassName owner = host.javaType();
    MethodSpec.Builder register =
        FetchersWriter.registerMethod(
            CodeBlock.of("Registers the loaders that {@link $T} declares.\n", owner), owner, host.instanceConstructible());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(host.loadersClass())
            .addJavadoc("Batch functions for the loaders that {@link $T} declares.\n", owner)
            .addAnnotation(ReferencedTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addOriginatingElement(host.source());
    // Loader names differ, but two may differ only in the case of their first letter.
    NameAllocator classNames = new NameAllocator();
    classNames.newName(host.loadersClass().simpleName());
    for (LoaderModel loader : host.loaders()) {
      TypeSpec batchFunction = batchFunction(loader, classNames.newName(loader.className()));
      type.addType(batchFunction);
      register.addStatement(
          "contribution.dataLoader($S, options -> $T.$N($S, new $N($L), $L))",
          loader.name(),
          ReferencedTypes.DATA_LOADER_FACTORY,
          loader.tryValues() ? "newDataLoaderWithTry" : "newDataLoader",
          loader.name(),
          batchFunction,
          loader.invocation().receiver() == Receiver.INSTANCE ? "instance" : "",
          options(loader));
    }
    type.addMethod(register.build());
    return JavaFile.builder(host.loadersClass().packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /** The request's options, with the loader's own settings where they differ from the defaults. */
  private static CodeBlock options(LoaderModel loader) {
    CodeBlock.Builder settings = CodeBlock.builder();
    if (loader.maxBatchSize() > 0) {
      settings.add(".setMaxBatchSize($L)", loader.maxBatchSize());
    }
    if (!loader.cache()) {
      settings.add(".setCachingEnabled(false)");
    }
    CodeBlock built = settings.build();
    return built.isEmpty() ? CodeBlock.of("options") : CodeBlock.of("options.transform(o -> o$L)", built);
  }

  private static TypeSpec batchFunction(LoaderModel loader, String className) {
    TypeName value = loader.tryValues() ? ParameterizedTypeName.get(ReferencedTypes.TRY, loader.valueType()) : loader.valueType();
    TypeSpec.Builder function =
        TypeSpec.classBuilder(className)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ReferencedTypes.BATCH_LOADER, loader.keyType(), value));
    if (loader.invocation().receiver() == Receiver.INSTANCE) {
      FetchersWriter.addInstance(function, loader.invocation().owner());
    }
    if (Parameters.uncheckedCast(loader.extraParameters())) {
      function.addAnnotation(FetchersWriter.suppressWarnings(List.of("unchecked")));
    }
    CodeBlock values =
        BatchResults.inKeyOrder(
            loader.result(), loader.async(), FetchersWriter.call(loader.invocation(), Parameters.CallSite.BATCH), "keys", loader.name());
    MethodSpec.Builder load =
        MethodSpec.methodBuilder("load")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(BatchResults.stageOfList(value))
            .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), loader.keyType()), "keys")
            .addParameter(ReferencedTypes.BATCH_LOADER_ENVIRONMENT, "environment");
    load.addStatement("return $T.batch(environment, loaders -> $L)", ReferencedTypes.LOADER_SUPPORT, values);
    return function.addMethod(load.build()).build();
  }
}
