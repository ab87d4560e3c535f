package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
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
