package dev.kiln.processor.scanning;

import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Where the annotations that apply to a member can be written: the member, the methods it
 * overrides, and the supertypes of the type that declares it. Each is computed once per compilation
 * and shared by everything that asks which {@code @Field}, {@code @Authorized}, {@code @Cost} or
 * {@code @ListSize} applies, so that they all agree on what a member overrides.
 */
public final class Carriers {
  private final Elements elements;
  private final Map<TypeElement, List<TypeElement>> supertypes = new HashMap<>();
  private final Map<TypeElement, Map<ExecutableElement, List<ExecutableElement>>> overridden = new HashMap<>();

  public Carriers(Elements elements) {
    this.elements = elements;
  }

  /** The classes and interfaces above {@code type}, nearest first, without {@code Object} and {@code Record}. */
  public List<TypeElement> supertypes(TypeElement type) {
    return supertypes.computeIfAbsent(type, Carriers::collectSupertypes);
  }

  /**
   * The methods of {@code host}'s supertypes that {@code member} overrides, nearest first: none
   * for a static method or a member that is not a method, and for a record component, those its
   * accessor overrides.
   */
  public List<ExecutableElement> overridden(TypeElement host, Element member) {
    ExecutableElement method = member instanceof RecordComponentElement component ? component.getAccessor() : null;
    if (member instanceof ExecutableElement executable) {
      method = executable;
    }
    if (method == null || method.getModifiers().contains(Modifier.STATIC)) {
      return List.of();
    }
    ExecutableElement overriding = method;
    return overridden
        .computeIfAbsent(host, h -> new HashMap<>())
        .computeIfAbsent(overriding, m -> collectOverridden(host, m));
  }

  /**
   * The nearest method that {@code member} overrides in {@code host}'s supertypes and that has
   * {@code annotation}, or {@code null}.
   */
  public @Nullable ExecutableElement nearestAnnotated(TypeElement host, Element member, Class<? extends Annotation> annotation) {
    for (ExecutableElement candidate : overridden(host, member)) {
      if (candidate.getAnnotation(annotation) != null) {
        return candidate;
      }
    }
    return null;
  }

  private List<ExecutableElement> collectOverridden(TypeElement host, ExecutableElement method) {
    List<ExecutableElement> found = new ArrayList<>();
    for (TypeElement supertype : supertypes(host)) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (!candidate.equals(method) && elements.overrides(method, candidate, host)) {
          found.add(candidate);
        }
      }
    }
    return List.copyOf(found);
  }

  static List<TypeElement> collectSupertypes(TypeElement type) {
    List<TypeElement> supertypes = new ArrayList<>();
    ArrayDeque<TypeElement> pending = new ArrayDeque<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      TypeElement current = pending.removeFirst();
      List<TypeMirror> direct = new ArrayList<>();
      direct.add(current.getSuperclass());
      direct.addAll(current.getInterfaces());
      for (TypeMirror mirror : direct) {
        if (!(mirror instanceof DeclaredType declared)) {
          continue;
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        if (!name.equals("java.lang.Object") && !name.equals("java.lang.Record") && !supertypes.contains(element)) {
          supertypes.add(element);
          pending.add(element);
        }
      }
    }
    return List.copyOf(supertypes);
  }
}
