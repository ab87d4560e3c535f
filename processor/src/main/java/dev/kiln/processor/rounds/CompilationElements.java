package dev.kiln.processor.rounds;

import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementScanner14;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The type elements of every round so far, read as one round: what {@code javac}'s own round
 * environment would answer had they all been in one round. Its elements are looked up again in the
 * round that reads them, since an element of an earlier round is not one of this round's.
 *
 * <p>{@link #getElementsAnnotatedWith} scans as {@code javac} does (an element, then its type
 * parameters and enclosed elements, in declaration order), so the model, and every file written
 * from it, is the same as when the compilation needs a single round.
 */
public final class CompilationElements implements RoundEnvironment {
  private final List<TypeElement> roots;
  private final boolean processingOver;
  private final boolean errorRaised;
  private final Elements elements;
  private final Types types;

  CompilationElements(List<TypeElement> roots, RoundEnvironment round, Elements elements, Types types) {
    this.roots = List.copyOf(roots);
    this.processingOver = round.processingOver();
    this.errorRaised = round.errorRaised();
    this.elements = elements;
    this.types = types;
  }

  @Override
  public boolean processingOver() {
    return processingOver;
  }

  @Override
  public boolean errorRaised() {
    return errorRaised;
  }

  @Override
  public Set<? extends Element> getRootElements() {
    return new LinkedHashSet<>(roots);
  }

  @Override
  public Set<? extends Element> getElementsAnnotatedWith(TypeElement annotation) {
    Set<Element> annotated = new LinkedHashSet<>();
    AnnotatedElementScanner scanner = new AnnotatedElementScanner(annotation, annotated);
    for (TypeElement root : roots) {
      scanner.scan(root, null);
    }
    return Collections.unmodifiableSet(annotated);
  }

  @Override
  public Set<? extends Element> getElementsAnnotatedWith(Class<? extends Annotation> annotation) {
    TypeElement type = elements.getTypeElement(annotation.getCanonicalName());
    return type == null ? Set.of() : getElementsAnnotatedWith(type);
  }

  /** Collects the elements that carry an annotation, directly or inherited, as {@code javac} does. */
  private final class AnnotatedElementScanner extends ElementScanner14<Void, Void> {
    private final TypeElement annotation;
    private final Set<Element> annotated;

    AnnotatedElementScanner(TypeElement annotation, Set<Element> annotated) {
      this.annotation = annotation;
      this.annotated = annotated;
    }

    @Override
    public Void scan(Element element, Void unused) {
      for (AnnotationMirror mirror : elements.getAllAnnotationMirrors(element)) {
        if (types.isSameType(mirror.getAnnotationType(), annotation.asType())) {
          annotated.add(element);
          break;
        }
      }
      return super.scan(element, unused);
    }

    @Override
    public Void visitType(TypeElement element, Void unused) {
      // Type parameters are not enclosed elements; javac's round includes them.
      scan(element.getTypeParameters(), unused);
      return super.visitType(element, unused);
    }

    @Override
    public Void visitExecutable(ExecutableElement element, Void unused) {
      scan(element.getTypeParameters(), unused);
      return super.visitExecutable(element, unused);
    }
  }
}
