package dev.kiln.processor.scanning;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** How Java member names become GraphQL field names. */
final class Names {
  private Names() {}

  /**
   * The field name of a method: {@code getTitle} → {@code title}, {@code isPublished} → {@code
   * published} (only for a boolean result), {@code getURL} → {@code URL} (as in JavaBeans), any
   * other name unchanged.
   */
  static String fieldName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (hasPrefix(name, "get")) {
      return decapitalize(name.substring(3));
    }
    if (hasPrefix(name, "is") && isBoolean(method.getReturnType())) {
      return decapitalize(name.substring(2));
    }
    return name;
  }

  private static boolean hasPrefix(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
  }

  /** JavaBeans' rule: lower the first letter, unless the first two are both upper case. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
