package dev.kiln.processor.scanning;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a Java type maps to a non-null GraphQL type.
 *
 * <p>Primitives are non-null. A reference is non-null when annotated with an annotation whose
 * simple name is {@code NonNull}, {@code NotNull} or {@code Nonnull} (JSpecify, Jakarta, JSR 305,
 * Lombok, Checker and the like), and nullable when annotated {@code Nullable} or {@code
 * CheckForNull}. Unannotated references are nullable, except inside a JSpecify {@code @NullMarked}
 * class or package (and not inside a nested {@code @NullUnmarked} one), where they are non-null.
 */
final class Nullability {
  private static final Set<String> NON_NULL = Set.of("NonNull", "NotNull", "Nonnull");
  private static final Set<String> NULLABLE = Set.of("Nullable", "CheckForNull");

  /** What the annotations on one type (and its declaration, at the top level) say. */
  enum Declared {
    NON_NULL,
    NULLABLE,
    UNSPECIFIED,
    CONFLICTING
  }

  private Nullability() {}

  static Declared declared(TypeMirror type, @Nullable Element declaration) {
    boolean nonNull = false;
    boolean nullable = false;
    List<List<? extends AnnotationMirror>> sources =
        declaration == null
            ? List.of(type.getAnnotationMirrors())
            : List.of(type.getAnnotationMirrors(), declaration.getAnnotationMirrors());
    for (List<? extends AnnotationMirror> annotations : sources) {
      for (AnnotationMirror annotation : annotations) {
        String name = annotation.getAnnotationType().asElement().getSimpleName().toString();
        nonNull |= NON_NULL.contains(name);
        nullable |= NULLABLE.contains(name);
      }
    }
    if (nonNull && nullable) {
      return Declared.CONFLICTING;
    }
    if (nonNull) {
      return Declared.NON_NULL;
    }
    return nullable ? Declared.NULLABLE : Declared.UNSPECIFIED;
  }

  /** Whether unannotated references in {@code element} are non-null: inside {@code @NullMarked}. */
  static boolean nullMarked(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror annotation : e.getAnnotationMirrors()) {
        String name = annotation.getAnnotationType().asElement().getSimpleName().toString();
        if (name.equals("NullMarked")) {
          return true;
        }
        if (name.equals("NullUnmarked")) {
          return false;
        }
      }
    }
    return false;
  }
}
