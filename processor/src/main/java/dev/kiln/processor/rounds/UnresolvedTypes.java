package dev.kiln.processor.rounds;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import org.jspecify.annotations.Nullable;

/**
 * Finds a type that has not resolved in the signatures of a type and its members: its supertypes,
 * the types of its fields and record components, the return, parameter and thrown types of its
 * methods and constructors, and type arguments and bounds in any of them. Such a type is one
 * another annotation processor has yet to generate, or a mistake {@code javac} reports.
 */
final class UnresolvedTypes {
  private UnresolvedTypes() {}

  /** The first unresolved type named in the signatures of {@code type} or of its member types. */
  static Optional<TypeMirror> in(TypeElement type) {
    return Optional.ofNullable(new Search().type(type));
  }

  private static final class Search {
    private final Set<TypeParameterElement> boundsSeen = new HashSet<>();

    @Nullable TypeMirror type(TypeElement type) {
      @Nullable TypeMirror found = signatures(type.getTypeParameters());
      found = found != null ? found : mirror(type.getSuperclass());
      for (TypeMirror supertype : type.getInterfaces()) {
        found = found != null ? found : mirror(supertype);
      }
      for (Element member : type.getEnclosedElements()) {
        found = found != null ? found : member(member);
      }
      return found;
    }

    private @Nullable TypeMirror member(Element member) {
      if (member instanceof TypeElement nested) {
        return type(nested);
      }
      if (member instanceof ExecutableElement executable) {
        @Nullable TypeMirror found = signatures(executable.getTypeParameters());
        found = found != null ? found : mirror(executable.getReturnType());
        for (VariableElement parameter : executable.getParameters()) {
          found = found != null ? found : mirror(parameter.asType());
        }
        for (TypeMirror thrown : executable.getThrownTypes()) {
          found = found != null ? found : mirror(thrown);
        }
        return found;
      }
      if (member instanceof VariableElement || member instanceof RecordComponentElement) {
        return mirror(member.asType());
      }
      return null;
    }

    private @Nullable TypeMirror signatures(Iterable<? extends TypeParameterElement> parameters) {
      for (TypeParameterElement parameter : parameters) {
        for (TypeMirror bound : parameter.getBounds()) {
          TypeMirror found = mirror(bound);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }

    private @Nullable TypeMirror mirror(TypeMirror type) {
      if (type.getKind() == TypeKind.ERROR) {
        return type;
      }
      if (type instanceof DeclaredType declared) {
        for (TypeMirror argument : declared.getTypeArguments()) {
          TypeMirror found = mirror(argument);
          if (found != null) {
            return found;
          }
        }
        return null;
      }
      if (type instanceof ArrayType array) {
        return mirror(array.getComponentType());
      }
      if (type instanceof WildcardType wildcard) {
        TypeMirror found = wildcard.getExtendsBound() == null ? null : mirror(wildcard.getExtendsBound());
        return found != null || wildcard.getSuperBound() == null ? found : mirror(wildcard.getSuperBound());
      }
      if (type instanceof TypeVariable variable) {
        // A bound may name the variable again (T extends Comparable<T>): visit each bound once.
        return boundsSeen.add((TypeParameterElement) variable.asElement()) ? mirror(variable.getUpperBound()) : null;
      }
      if (type instanceof IntersectionType intersection) {
        return firstOf(intersection.getBounds());
      }
      if (type instanceof UnionType union) {
        return firstOf(union.getAlternatives());
      }
      return null;
    }

    private @Nullable TypeMirror firstOf(Iterable<? extends TypeMirror> types) {
      for (TypeMirror type : types) {
        TypeMirror found = mirror(type);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
  }

  /** The root types of {@code types} have no unresolved type in their signatures. */
  static boolean allResolved(Iterable<TypeElement> types) {
    for (TypeElement type : types) {
      if (in(type).isPresent()) {
        return false;
      }
    }
    return true;
  }
}
