package dev.kiln.processor.scanning;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.annotations.BatchLoader;
import dev.kiln.annotations.Context;
import dev.kiln.annotations.Source;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.Conversion.CollectionKind;
import dev.kiln.processor.model.Invocation;
import dev.kiln.processor.model.Invocation.Receiver;
import dev.kiln.processor.model.LoaderModel;
import dev.kiln.processor.model.LoaderModel.ResultShape;
import dev.kiln.processor.model.ParameterBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/** Reads a {@code @BatchLoader} method into a {@link LoaderModel}, reporting a signature that does not fit. */
final class LoaderBuilder {
  private static final Map<String, CollectionKind> KEY_COLLECTIONS =
      Map.of(
          "java.util.List", CollectionKind.LIST,
          "java.util.Set", CollectionKind.SET,
          "java.util.Collection", CollectionKind.COLLECTION);
  private static final String TRY = "org.dataloader.Try";

  private final Diagnostics diagnostics;
  private final @Nullable String contextType;

  LoaderBuilder(Diagnostics diagnostics, @Nullable String contextType) {
    this.diagnostics = diagnostics;
    this.contextType = contextType;
  }

  @Nullable LoaderModel build(ExecutableElement method) {
    BatchLoader annotation = method.getAnnotation(BatchLoader.class);
    String name = annotation.name().isEmpty() ? method.getSimpleName().toString() : annotation.name();
    if (annotation.maxBatchSize() < 0) {
      diagnostics.error(method, ModelBuilder.annotationMirror(method, BatchLoader.class), Message.BATCH_LOADER_OPTION, annotation.maxBatchSize(), name);
      return null;
    }
    List<? extends VariableElement> parameters = method.getParameters();
    Keys keys = parameters.isEmpty() ? null : keys(parameters.get(0));
    if (keys == null) {
      diagnostics.error(parameters.isEmpty() ? method : parameters.get(0), Message.BATCH_LOADER_KEYS, name, "");
      return null;
    }
    Result result = result(method, name, keys);
    List<ParameterBinding> bindings = new ArrayList<>();
    bindings.add(new ParameterBinding.Keys(keys.kind()));
    boolean parametersBound = true;
    for (VariableElement parameter : parameters.subList(1, parameters.size())) {
      ParameterBinding binding = extraParameter(parameter, name);
      parametersBound &= binding != null;
      bindings.add(binding);
    }
    if (result == null || !parametersBound) {
      return null;
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    Receiver receiver = method.getModifiers().contains(Modifier.STATIC) ? Receiver.STATIC : Receiver.INSTANCE;
    return new LoaderModel(
        name,
        keys.type(),
        result.value(),
        result.tryValues(),
        new Invocation.CallMethod(ClassName.get(owner), method.getSimpleName().toString(), receiver, List.copyOf(bindings)),
        result.shape(),
        result.async(),
        annotation.maxBatchSize(),
        annotation.cache(),
        method);
  }

  private @Nullable Keys keys(VariableElement parameter) {
    TypeMirror type = parameter.asType();
    List<? extends TypeMirror> arguments = PlainTypes.arguments(type);
    for (Map.Entry<String, CollectionKind> collection : KEY_COLLECTIONS.entrySet()) {
      if (PlainTypes.is(type, collection.getKey()) && arguments.size() == 1) {
        TypeName key = PlainTypes.of(arguments.get(0));
        return key == null ? null : new Keys(collection.getValue(), key);
      }
    }
    return null;
  }

  private @Nullable Result result(ExecutableElement method, String name, Keys keys) {
    TypeMirror type = method.getReturnType();
    TypeMirror futureValue = PlainTypes.futureValue(type);
    boolean async = futureValue != null;
    if (async) {
      type = futureValue;
    }
    List<? extends TypeMirror> arguments = PlainTypes.arguments(type);
    ResultShape shape = null;
    TypeMirror value = null;
    if (PlainTypes.is(type, "java.util.Map") && arguments.size() == 2 && keys.type().equals(PlainTypes.of(arguments.get(0)))) {
      shape = ResultShape.MAP;
      value = arguments.get(1);
    } else if (PlainTypes.is(type, "java.util.List") && arguments.size() == 1) {
      shape = ResultShape.LIST;
      value = arguments.get(0);
    }
    boolean tryValues = value != null && PlainTypes.is(value, TRY) && PlainTypes.arguments(value).size() == 1;
    TypeName valueType = value == null ? null : PlainTypes.of(tryValues ? PlainTypes.arguments(value).get(0) : value);
    if (shape == null || valueType == null) {
      diagnostics.error(method, Message.BATCH_LOADER_RESULT, name, method.getReturnType(), keys.type());
      return null;
    }
    if (shape == ResultShape.LIST && keys.kind() != CollectionKind.LIST) {
      diagnostics.error(
          method.getParameters().get(0),
          Message.BATCH_LOADER_KEYS,
          name,
          ": it returns a List, which is in key order, so its keys must be a List<" + keys.type() + "> too");
      return null;
    }
    return new Result(shape, valueType, tryValues, async);
  }

  private @Nullable ParameterBinding extraParameter(VariableElement parameter, String loader) {
    if (LoaderParameters.misplaced(parameter, diagnostics) || parameter.getAnnotation(Source.class) != null) {
      return null; // reported already
    }
    if (parameter.getAnnotation(Context.class) != null || (contextType != null && PlainTypes.is(parameter.asType(), contextType))) {
      return new ParameterBinding.Context(TypeName.get(parameter.asType()));
    }
    if (LoaderParameters.isLoader(parameter)) {
      return LoaderParameters.binding(parameter, diagnostics);
    }
    diagnostics.error(parameter, Message.BATCH_LOADER_PARAMETER, parameter.getSimpleName(), loader);
    return null;
  }

  private record Keys(CollectionKind kind, TypeName type) {}

  private record Result(ResultShape shape, TypeName value, boolean tryValues, boolean async) {}
}
