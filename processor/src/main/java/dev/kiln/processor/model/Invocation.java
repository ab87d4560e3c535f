package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** How a generated data fetcher obtains a field's value from user code, without reflection. */
public sealed interface Invocation {

  /** The class whose member is read or called. Generated fetchers live in its package. */
  ClassName owner();

  /** Reads a field of the source object. */
  record ReadField(ClassName owner, String fieldName) implements Invocation {}

  /** Calls a method on the source object, on the owner (static), or on an instance of the owner. */
  record CallMethod(ClassName owner, String methodName, Receiver receiver, List<ParameterBinding> parameters)
      implements Invocation {}

  /**
   * Calls the method of a batched field once for many sources, through the request's loader named
   * {@code loaderName}.
   *
   * @param call the method, whose {@link ParameterBinding.Source} receives the list of sources
   * @param sourceType the type of each source
   * @param result how the method returns one result per source
   * @param async whether it returns a {@code CompletionStage} of the result
   */
  record Batched(
      CallMethod call, String loaderName, TypeName sourceType, LoaderModel.ResultShape result, boolean async)
      implements Invocation {
    @Override
    public ClassName owner() {
      return call.owner();
    }
  }

  /** What a method is called on. */
  enum Receiver {
    /** The parent object the field is resolved on. */
    SOURCE,
    /** Nothing: the method is static. */
    STATIC,
    /** The instance of the owner that the runtime's instance provider supplies. */
    INSTANCE
  }
}
