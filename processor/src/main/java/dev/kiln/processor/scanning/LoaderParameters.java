package dev.kiln.processor.scanning;

import com.palantir.javapoet.TypeName;
import dev.kiln.annotations.Loader;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ParameterBinding;
import java.util.List;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/** Reads {@code DataLoader<K, V>} parameters, which receive a request's loader by name. */
final class LoaderParameters {
  static final String DATA_LOADER = "org.dataloader.DataLoader";

  private LoaderParameters() {}

  static boolean isLoader(VariableElement parameter) {
    return PlainTypes.is(parameter.asType(), DATA_LOADER);
  }

  /** The loader {@code parameter} receives; reports and returns {@code null} if it cannot tell. */
  static ParameterBinding.@Nullable Loader binding(VariableElement parameter, Diagnostics diagnostics) {
    Loader annotation = parameter.getAnnotation(Loader.class);
    List<? extends TypeMirror> arguments = PlainTypes.arguments(parameter.asType());
    TypeName key = arguments.size() == 2 ? PlainTypes.of(arguments.get(0)) : null;
    TypeName value = arguments.size() == 2 ? PlainTypes.of(arguments.get(1)) : null;
    if (key == null || value == null) {
      diagnostics.error(parameter, Message.LOADER_PARAMETER_TYPE, parameter.getSimpleName(), parameter.asType());
      return null;
    }
    String name = annotation != null ? annotation.value() : parameter.getSimpleName().toString();
    return new ParameterBinding.Loader(name, key, value, annotation != null, parameter);
  }

  /** Reports {@code @Loader} on a parameter that is not a loader; returns whether it was there. */
  static boolean misplaced(VariableElement parameter, Diagnostics diagnostics) {
    if (parameter.getAnnotation(Loader.class) == null || isLoader(parameter)) {
      return false;
    }
    diagnostics.error(
        parameter,
        ModelBuilder.annotationMirror(parameter, Loader.class),
        Message.MISPLACED_LOADER,
        parameter.getSimpleName(),
        parameter.asType());
    return true;
  }
}
