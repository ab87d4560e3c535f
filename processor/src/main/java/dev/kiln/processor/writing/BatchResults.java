package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.LoaderModel.ResultShape;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Code that turns what a batch method returns into the values of its keys, in key order. */
final class BatchResults {
  private BatchResults() {}

  /** {@code CompletionStage<List<value>>}, what a batch function returns. */
  static TypeName stageOfList(TypeName value) {
    return ParameterizedTypeName.get(ClassName.get(CompletionStage.class), ParameterizedTypeName.get(ClassName.get(List.class), value));
  }

  /**
   * A {@code CompletionStage} of the values of {@code keys} in key order, from {@code call}'s
   * result: a {@code List}, checked to hold one value per key, or a {@code Map}, looked up by key.
   */
  static CodeBlock inKeyOrder(ResultShape shape, boolean async, CodeBlock call, String keys, String loaderName) {
    CodeBlock ordered =
        shape == ResultShape.MAP
            ? CodeBlock.of("$T.inKeyOrder($N, values)", ReferencedTypes.LOADER_SUPPORT, keys)
            : CodeBlock.of("$T.inKeyOrder($S, $N, values)", ReferencedTypes.LOADER_SUPPORT, loaderName, keys);
    if (async) {
      return CodeBlock.of("$L.thenApply(values -> $L)", call, ordered);
    }
    CodeBlock direct =
        shape == ResultShape.MAP
            ? CodeBlock.of("$T.inKeyOrder($N, $L)", ReferencedTypes.LOADER_SUPPORT, keys, call)
            : CodeBlock.of("$T.inKeyOrder($S, $N, $L)", ReferencedTypes.LOADER_SUPPORT, loaderName, keys, call);
    return CodeBlock.of("$T.completedFuture($L)", CompletableFuture.class, direct);
  }
}
