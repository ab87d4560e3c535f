package dev.kiln.processor.scanning;

import dev.kiln.annotations.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * The types a compilation uses as the request context: those of its {@code @Context} parameters
 * and {@code -Akiln.contextType}. Such a type is the server's word on who is asking; as an argument
 * or input field any client could set it, so it is never one.
 */
final class ContextTypes {
  /** Where each context type is used as one, by qualified name, for the message. */
  private final Map<String, String> uses;

  private ContextTypes(Map<String, String> uses) {
    this.uses = uses;
  }

  /** No context types, before a round is read. */
  static ContextTypes none() {
    return new ContextTypes(Map.of());
  }

  static ContextTypes of(RoundEnvironment round, @Nullable String option) {
    Map<String, String> uses = new LinkedHashMap<>();
    if (option != null) {
      uses.put(option, "-Akiln.contextType");
    }
    for (Element parameter : round.getElementsAnnotatedWith(Context.class)) {
      if (!(parameter.asType() instanceof DeclaredType declared) || !isApplicationType(declared)) {
        continue;
      }
      Element method = parameter.getEnclosingElement();
      String where = "the @Context parameter \"" + parameter.getSimpleName() + "\" of \"" + method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "\"";
      uses.putIfAbsent(name(declared), where);
    }
    return new ContextTypes(Map.copyOf(uses));
  }

  /**
   * Where the context type that {@code type} is, or holds as an element or type argument, is used
   * as the context; {@code null} if it holds none.
   */
  @Nullable String contextUse(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return contextUse(((ArrayType) type).getComponentType());
    }
    if (!(type instanceof DeclaredType declared)) {
      return null;
    }
    String use = uses.get(name(declared));
    if (use != null) {
      return use;
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      use = contextUse(argument);
      if (use != null) {
        return use;
      }
    }
    return null;
  }

  /**
   * A JDK type such as {@code String} or {@code Map} says nothing of its role: a {@code @Context
   * String} does not make every {@code String} argument a context.
   */
  private static boolean isApplicationType(DeclaredType type) {
    return !name(type).startsWith("java.");
  }

  private static String name(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
