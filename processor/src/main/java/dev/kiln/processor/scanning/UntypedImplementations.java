package dev.kiln.processor.scanning;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Warns on a concrete class of the compilation that implements a {@code @GraphQLType} interface
 * without being, or extending, a {@code @GraphQLType} class that implements it: the generated type
 * resolver finds no object type for its instances, so a field that returns one fails.
 *
 * <p>A warning, not an error: the processor sees the declared types of fields, not the values they
 * return. A class may implement the interface for Java's sake alone (a test double, an adapter that
 * never reaches a field), and then nothing fails; {@code @SuppressWarnings("kiln:UntypedImplementation")}
 * says so.
 */
final class UntypedImplementations {
  private static final Set<ElementKind> CONCRETE_KINDS = Set.of(ElementKind.CLASS, ElementKind.RECORD, ElementKind.ENUM);

  private UntypedImplementations() {}

  static void report(RoundEnvironment round, Diagnostics diagnostics) {
    Deque<TypeElement> pending = new ArrayDeque<>(ElementFilter.typesIn(round.getRootElements()));
    while (!pending.isEmpty()) {
      TypeElement type = pending.removeFirst();
      pending.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
      if (!CONCRETE_KINDS.contains(type.getKind()) || type.getModifiers().contains(Modifier.ABSTRACT) || type.getAnnotation(GraphQLType.class) != null) {
        continue;
      }
      List<TypeElement> supertypes = Carriers.collectSupertypes(type);
      for (TypeElement supertype : supertypes) {
        if (isGraphQLInterface(supertype) && !resolvedThroughSuperclass(supertypes, supertype)) {
          String interfaceName = TypeRegistry.typeName(supertype, supertype.getAnnotation(GraphQLType.class));
          diagnostics.warning(type, Message.UNTYPED_IMPLEMENTATION, type.getQualifiedName(), interfaceName, interfaceName, type.getSimpleName());
        }
      }
    }
  }

  private static boolean isGraphQLInterface(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE && type.getAnnotation(GraphQLType.class) != null;
  }

  /** Whether an object type above the class implements the interface, so that it resolves as that type. */
  private static boolean resolvedThroughSuperclass(List<TypeElement> supertypes, TypeElement graphQLInterface) {
    return supertypes.stream()
        .anyMatch(
            s -> s.getKind() != ElementKind.INTERFACE
                && s.getAnnotation(GraphQLType.class) != null
                && Carriers.collectSupertypes(s).contains(graphQLInterface));
  }
}
