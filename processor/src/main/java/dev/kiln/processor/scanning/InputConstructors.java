package dev.kiln.processor.scanning;

import dev.kiln.annotations.GraphQLType;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.jspecify.annotations.Nullable;

/**
 * The constructor that builds an input type's Java value: a record's canonical constructor, or a
 * concrete class's one public constructor with parameters, whose parameters are the fields.
 */
final class InputConstructors {
  private InputConstructors() {}

  /** The constructor, or {@code null} if {@code type} cannot be an input type. */
  static @Nullable ExecutableElement of(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (type.getAnnotation(GraphQLType.class) != null || name.startsWith("java.") || name.startsWith("javax.")) {
      return null;
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    if (type.getKind() == ElementKind.RECORD) {
      return constructors.stream()
          .filter(c -> c.getParameters().size() == type.getRecordComponents().size())
          .filter(c -> {
            for (int i = 0; i < c.getParameters().size(); i++) {
              if (!c.getParameters().get(i).getSimpleName().equals(type.getRecordComponents().get(i).getSimpleName())) {
                return false;
              }
            }
            return true;
          })
          .findFirst()
          .orElse(null);
    }
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      return null;
    }
    List<ExecutableElement> candidates =
        constructors.stream().filter(c -> c.getModifiers().contains(Modifier.PUBLIC) && !c.getParameters().isEmpty()).toList();
    return candidates.size() == 1 ? candidates.get(0) : null;
  }
}
