package dev.kiln.processor.scanning;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.GraphQLUnion;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * The Java types that are GraphQL types: classes and records annotated {@code @GraphQLType}, and
 * the enums that fields and arguments use, which are remembered as they are met so that each is
 * modelled once.
 */
final class TypeRegistry {
  private final Map<String, TypeElement> enums = new LinkedHashMap<>();
  private final Map<String, String> customScalars = new LinkedHashMap<>();
  private final Map<String, TypeElement> inputs = new LinkedHashMap<>();
  // Views that grow as types are met, so that modelling loops see the types their own steps add.
  private final java.util.List<TypeElement> inputList = new java.util.ArrayList<>();
  private final java.util.List<Map.Entry<String, javax.lang.model.type.DeclaredType>> instanceList = new java.util.ArrayList<>();
  private final Map<String, javax.lang.model.type.DeclaredType> genericInstances = new LinkedHashMap<>();

  /**
   * The GraphQL name of a generic {@code @GraphQLType} used with type arguments, such as {@code
   * PostPage} for {@code Page<Post>}: the arguments' simple names before the type's name, or the
   * annotation's name with each {@code {T}} replaced by the argument for {@code T}.
   */
  String genericInstanceName(javax.lang.model.type.DeclaredType instance) {
    TypeElement element = (TypeElement) instance.asElement();
    GraphQLType annotation = element.getAnnotation(GraphQLType.class);
    java.util.List<? extends javax.lang.model.type.TypeMirror> arguments = instance.getTypeArguments();
    String name;
    if (annotation != null && !annotation.name().isEmpty()) {
      name = annotation.name();
      for (int i = 0; i < arguments.size(); i++) {
        name = name.replace("{" + element.getTypeParameters().get(i).getSimpleName() + "}", simpleName(arguments.get(i)));
      }
    } else {
      StringBuilder prefix = new StringBuilder();
      arguments.forEach(argument -> prefix.append(simpleName(argument)));
      name = prefix + element.getSimpleName().toString();
    }
    if (genericInstances.putIfAbsent(name, instance) == null) {
      instanceList.add(Map.entry(name, instance));
    }
    return name;
  }

  /** The generic instances met so far, by name, in the order they were met. */
  java.util.List<Map.Entry<String, javax.lang.model.type.DeclaredType>> genericInstances() {
    return java.util.Collections.unmodifiableList(instanceList);
  }

  private static String simpleName(javax.lang.model.type.TypeMirror type) {
    return type instanceof javax.lang.model.type.DeclaredType declared
        ? declared.asElement().getSimpleName().toString()
        : type.toString();
  }

  /** The GraphQL name of a record used as an argument, which becomes an input type. */
  String inputName(TypeElement element) {
    if (inputs.putIfAbsent(element.getQualifiedName().toString(), element) == null) {
      inputList.add(element);
    }
    return element.getSimpleName().toString();
  }

  /** The records met as arguments so far, in the order they were met. */
  java.util.List<TypeElement> inputs() {
    return java.util.Collections.unmodifiableList(inputList);
  }

  /** Binds the Java type {@code javaType} to the custom scalar {@code name}. */
  void customScalar(String javaType, String name) {
    customScalars.put(javaType, name);
  }

  /** The custom scalar that stands for {@code element}, or {@code null}. */
  @Nullable String customScalarName(TypeElement element) {
    return customScalars.get(element.getQualifiedName().toString());
  }

  /**
   * The GraphQL name of an output type other than an enum: a class, record or interface annotated
   * {@code @GraphQLType}, or a union annotated {@code @GraphQLUnion}; otherwise {@code null}.
   */
  @Nullable String objectTypeName(TypeElement element) {
    GraphQLUnion union = element.getAnnotation(GraphQLUnion.class);
    if (union != null) {
      return union.name().isEmpty() ? element.getSimpleName().toString() : union.name();
    }
    GraphQLType annotation = element.getAnnotation(GraphQLType.class);
    if (annotation == null || element.getKind() == ElementKind.ENUM) {
      return null;
    }
    return typeName(element, annotation);
  }

  /** The GraphQL name of a Java enum, which becomes part of the schema. */
  String enumName(TypeElement element) {
    enums.putIfAbsent(element.getQualifiedName().toString(), element);
    return typeName(element, element.getAnnotation(GraphQLType.class));
  }

  /** The enums met so far, in the order they were met. */
  Iterable<TypeElement> enums() {
    return enums.values();
  }

  static String typeName(TypeElement element, @Nullable GraphQLType annotation) {
    return annotation == null || annotation.name().isEmpty()
        ? element.getSimpleName().toString()
        : annotation.name();
  }
}
