package dev.kiln.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @BatchLoader} method: a function from many keys to their values, which the runtime
 * wraps in a per-request {@code DataLoader<K, V>}.
 *
 * @param keyType {@code K}, boxed
 * @param valueType {@code V}, boxed; for {@code Try} values, the type inside the {@code Try}
 * @param tryValues whether each value is an {@code org.dataloader.Try}, so that keys fail alone
 * @param invocation the method call; its first parameter is the {@link ParameterBinding.Keys}
 * @param result how the method returns its values
 * @param async whether the method returns a {@code CompletionStage} of the result
 * @param maxBatchSize the most keys per call, or {@code 0} for no limit
 */
public record LoaderModel(
    String name,
    TypeName keyType,
    TypeName valueType,
    boolean tryValues,
    Invocation.CallMethod invocation,
    ResultShape result,
    boolean async,
    int maxBatchSize,
    boolean cache,
    ExecutableElement source) {

  /** How a batch method returns one value per key. */
  public enum ResultShape {
    /** A {@code List}, in key order. */
    LIST,
    /** A {@code Map} by key, where a missing key means {@code null}. */
    MAP
  }

  /** The generated batch function's class name, e.g. {@code UsersByIdLoader}. */
  public String className() {
    StringBuilder name = new StringBuilder();
    for (String part : this.name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.append("Loader").toString();
  }

  /** The parameters after the keys. */
  public List<ParameterBinding> extraParameters() {
    return invocation.parameters().subList(1, invocation.parameters().size());
  }
}
