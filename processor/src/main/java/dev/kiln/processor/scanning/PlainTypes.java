package dev.kiln.processor.scanning;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * Java types as plain names, for comparing the key and value types of loaders: without type
 * annotations, which do not change the type, and with primitives boxed, as type arguments are.
 */
final class PlainTypes {
  private PlainTypes() {}

  /** The boxed, unannotated name of {@code type}, or {@code null} if it is not concrete. */
  static @Nullable TypeName of(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return TypeName.get(type).withoutAnnotations().box();
    }
    return reference(type);
  }

  private static @Nullable TypeName reference(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY -> {
        TypeMirror component = ((ArrayType) type).getComponentType();
        TypeName componentName =
            component.getKind().isPrimitive() ? TypeName.get(component).withoutAnnotations() : reference(component);
        return componentName == null ? null : ArrayTypeName.of(componentName);
      }
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        ClassName raw = ClassName.get((TypeElement) declared.asElement());
        if (declared.getTypeArguments().isEmpty()) {
          return raw;
        }
        List<TypeName> arguments = new ArrayList<>();
        for (TypeMirror argument : declared.getTypeArguments()) {
          TypeName name = reference(argument);
          if (name == null) {
            return null;
          }
          arguments.add(name);
        }
        return ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
      }
      default -> {
        return null;
      }
    }
  }

  /** Whether {@code type} is the declared type {@code qualifiedName}, with any type arguments. */
  static boolean is(TypeMirror type, String qualifiedName) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /**
   * The value type of a {@code CompletionStage<T>} or {@code CompletableFuture<T>}, or {@code null}
   * if {@code type} is neither.
   */
  static @Nullable TypeMirror futureValue(TypeMirror type) {
    boolean future = is(type, "java.util.concurrent.CompletionStage") || is(type, "java.util.concurrent.CompletableFuture");
    return future && arguments(type).size() == 1 ? arguments(type).get(0) : null;
  }

  /** The type arguments of {@code type}, or none if it is not a declared type. */
  static List<? extends TypeMirror> arguments(TypeMirror type) {
    return type instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
  }
}
