package dev.kiln.processor.diagnostics;

import java.lang.annotation.Annotation;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/** Finds the annotation on an element that an error should point at. */
public final class AnnotationMirrors {
  private AnnotationMirrors() {}

  /** The mirror of {@code annotation} on {@code element}, or {@code null} if it is not there. */
  public static @Nullable AnnotationMirror find(Element element, Class<? extends Annotation> annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation.getCanonicalName())) {
        return mirror;
      }
    }
    return null;
  }
}
