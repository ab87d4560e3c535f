package dev.kiln.processor.scanning;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.BuiltInScalar;
import dev.kiln.processor.model.Conversion;
import dev.kiln.processor.model.Conversion.CollectionKind;
import dev.kiln.processor.model.ExtendedScalar;
import dev.kiln.processor.model.TypeRef;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * Maps a Java type to a GraphQL type reference and, for arguments, to the {@link Conversion} from
 * graphql-java's value to the Java value. Reports what it cannot map and returns {@code null}.
 */
final class TypeMapper {
  private static final Map<String, CollectionKind> COLLECTIONS =
      Map.of(
          "java.util.List", CollectionKind.LIST,
          "java.util.Set", CollectionKind.SET,
          "java.util.Collection", CollectionKind.COLLECTION,
          "java.lang.Iterable", CollectionKind.ITERABLE);

  /** Whether a type is read (a field's result) or written (an argument). */
  enum Direction {
    OUTPUT,
    INPUT
  }

  /** Where a type occurs, for mapping and messages. */
  record Use(Element declaration, String description, Direction direction, boolean id, boolean nullMarked) {}

  /** A mapped type. */
  record Mapped(TypeRef type, Conversion conversion) {}

  private final Diagnostics diagnostics;
  private final TypeRegistry registry;

  TypeMapper(Diagnostics diagnostics, TypeRegistry registry) {
    this.diagnostics = diagnostics;
    this.registry = registry;
  }

  @Nullable Mapped map(TypeMirror type, Use use) {
    return mapDeclaredOn(type, use.declaration(), use);
  }

  /**
   * Maps a type argument, such as the {@code R} of a batched field's {@code List<R>}: only the
   * annotations on the type argument itself say whether it is nullable.
   */
  @Nullable Mapped mapTypeArgument(TypeMirror type, Use use) {
    return mapDeclaredOn(type, null, use);
  }

  private @Nullable Mapped mapDeclaredOn(TypeMirror type, @Nullable Element declaration, Use use) {
    Nullability.Declared declared = Nullability.declared(type, declaration);
    if (declared == Nullability.Declared.CONFLICTING) {
      diagnostics.error(use.declaration(), Message.CONFLICTING_NULLABILITY, capitalize(use.description()));
      return null;
    }
    return map(type, declared, use);
  }

  private @Nullable Mapped map(TypeMirror type, Nullability.Declared declared, Use use) {
    boolean nonNull =
        type.getKind().isPrimitive()
            || declared == Nullability.Declared.NON_NULL
            || (declared == Nullability.Declared.UNSPECIFIED && use.nullMarked());
    if (use.id()) {
      return mapId(type, nonNull, use);
    }
    return switch (type.getKind()) {
      case INT -> scalar(BuiltInScalar.INT, TypeName.INT.box(), nonNull);
      case SHORT -> narrowed(BuiltInScalar.INT, "toShort", nonNull);
      case BYTE -> narrowed(BuiltInScalar.INT, "toByte", nonNull);
      case DOUBLE -> scalar(BuiltInScalar.FLOAT, TypeName.DOUBLE.box(), nonNull);
      case FLOAT -> narrowed(BuiltInScalar.FLOAT, "toFloat", nonNull);
      case BOOLEAN -> scalar(BuiltInScalar.BOOLEAN, TypeName.BOOLEAN.box(), nonNull);
      case LONG -> extended(ExtendedScalar.LONG, ClassName.get(Long.class), nonNull);
      case CHAR -> unsupported(type, use, "char has no GraphQL scalar. Use String.");
      case VOID -> unsupported(type, use, "void has no value.");
      case ARRAY -> mapArray((ArrayType) type, nonNull, use);
      case DECLARED -> mapDeclared((DeclaredType) type, nonNull, use);
      case TYPEVAR -> unsupported(type, use, "a type variable cannot be resolved to one GraphQL type. Use a concrete type.");
      case WILDCARD -> unsupported(type, use, "a wildcard has no single GraphQL type. Use a concrete type argument.");
      case ERROR -> unsupported(type, use, "the type does not resolve. Check its imports.");
      default -> unsupported(type, use, "no GraphQL type corresponds to it.");
    };
  }

  private @Nullable Mapped mapDeclared(DeclaredType type, boolean nonNull, Use use) {
    TypeElement element = (TypeElement) type.asElement();
    String qualifiedName = element.getQualifiedName().toString();
    switch (qualifiedName) {
      case "java.lang.String":
        return scalar(BuiltInScalar.STRING, ClassName.get(String.class), nonNull);
      case "java.lang.Integer":
        return scalar(BuiltInScalar.INT, ClassName.get(Integer.class), nonNull);
      case "java.lang.Short":
        return narrowed(BuiltInScalar.INT, "toShort", nonNull);
      case "java.lang.Byte":
        return narrowed(BuiltInScalar.INT, "toByte", nonNull);
      case "java.lang.Double":
        return scalar(BuiltInScalar.FLOAT, ClassName.get(Double.class), nonNull);
      case "java.lang.Float":
        return narrowed(BuiltInScalar.FLOAT, "toFloat", nonNull);
      case "java.lang.Boolean":
        return scalar(BuiltInScalar.BOOLEAN, ClassName.get(Boolean.class), nonNull);
      case "java.lang.Long":
        return extended(ExtendedScalar.LONG, ClassName.get(Long.class), nonNull);
      case "java.math.BigInteger":
        return extended(ExtendedScalar.BIG_INTEGER, ClassName.get(java.math.BigInteger.class), nonNull);
      case "java.math.BigDecimal":
        return extended(ExtendedScalar.BIG_DECIMAL, ClassName.get(java.math.BigDecimal.class), nonNull);
      case "java.util.UUID":
        return extended(ExtendedScalar.UUID, ClassName.get(java.util.UUID.class), nonNull);
      case "java.time.LocalDate":
        return extended(ExtendedScalar.DATE, ClassName.get(java.time.LocalDate.class), nonNull);
      case "java.time.OffsetDateTime":
        return extended(ExtendedScalar.DATE_TIME, ClassName.get(java.time.OffsetDateTime.class), nonNull);
      case "java.time.Instant":
        return new Mapped(new TypeRef.Named(ExtendedScalar.DATE_TIME.graphQLName(), nonNull), new Conversion.Narrow("toInstant"));
      case "java.net.URI":
        return extended(ExtendedScalar.URL, ClassName.get(java.net.URI.class), nonNull);
      case "java.net.URL":
        return new Mapped(new TypeRef.Named(ExtendedScalar.URL.graphQLName(), nonNull), new Conversion.Narrow("toUrl"));
      case "java.util.Optional":
        return mapOptional(type, use);
      case "java.util.concurrent.CompletionStage", "java.util.concurrent.CompletableFuture":
        return mapAsync(type, use);
      case "java.util.OptionalInt":
        return use.direction() == Direction.OUTPUT
            ? scalar(BuiltInScalar.INT, ClassName.get(Integer.class), false)
            : unsupported(type, use, "use a nullable Integer argument instead of OptionalInt.");
      case "java.util.OptionalDouble":
        return use.direction() == Direction.OUTPUT
            ? scalar(BuiltInScalar.FLOAT, ClassName.get(Double.class), false)
            : unsupported(type, use, "use a nullable Double argument instead of OptionalDouble.");
      case "java.lang.Object":
        return unsupported(type, use, "Object could be anything. Declare the type the field really has.");
      case "java.util.Map":
        return unsupported(type, use, "GraphQL has no map type. Expose a list of entries as an object type.");
      default:
        break;
    }
    CollectionKind collection = COLLECTIONS.get(qualifiedName);
    if (collection != null) {
      return mapCollection(type, collection, nonNull, use);
    }
    String customScalar = registry.customScalarName(element);
    if (customScalar != null) {
      return new Mapped(new TypeRef.Named(customScalar, nonNull), new Conversion.Cast(TypeName.get(type)));
    }
    if (element.getKind() == ElementKind.ENUM) {
      String name = registry.enumName(element);
      return new Mapped(new TypeRef.Named(name, nonNull), new Conversion.Cast(TypeName.get(type)));
    }
    String objectType = registry.objectTypeName(element);
    if (objectType != null && !element.getTypeParameters().isEmpty()) {
      if (type.getTypeArguments().isEmpty()) {
        return unsupported(type, use, "it is generic; use it with type arguments, such as " + element.getSimpleName() + "<Post>.");
      }
      for (TypeMirror argument : type.getTypeArguments()) {
        if (argument.getKind() != javax.lang.model.type.TypeKind.DECLARED) {
          return unsupported(type, use, "its type argument \"" + argument + "\" is not a concrete type. Use a concrete type.");
        }
      }
      objectType = registry.genericInstanceName(type);
    }
    if (objectType == null && use.direction() == Direction.INPUT && InputConstructors.of(element) != null) {
      String name = registry.inputName(element);
      ClassName record = ClassName.get(element);
      return new Mapped(
          new TypeRef.Named(name, nonNull),
          new Conversion.Construct(ClassName.get(record.packageName(), String.join("_", record.simpleNames()) + "_Input")));
    }
    if (objectType == null) {
      diagnostics.error(use.declaration(), Message.NOT_A_GRAPHQL_TYPE, type, use.description(), element.getSimpleName());
      return null;
    }
    if (use.direction() == Direction.INPUT) {
      diagnostics.error(use.declaration(), Message.OBJECT_AS_INPUT, type, use.description());
      return null;
    }
    return new Mapped(new TypeRef.Named(objectType, nonNull), new Conversion.Cast(TypeName.get(type)));
  }

  private @Nullable Mapped mapOptional(DeclaredType type, Use use) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty()) {
      return unsupported(type, use, "a raw Optional has no element type. Add its type argument.");
    }
    Mapped inner = map(arguments.get(0), Nullability.Declared.NULLABLE, use);
    return inner == null
        ? null
        : new Mapped(inner.type().nullable(), new Conversion.OptionalOf(inner.conversion()));
  }

  /** A field computed asynchronously has the type of its eventual value, nullable as annotated there. */
  private @Nullable Mapped mapAsync(DeclaredType type, Use use) {
    if (use.direction() == Direction.INPUT) {
      return unsupported(type, use, "an argument is a value, not a computation. Take the value itself.");
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty()) {
      return unsupported(type, use, "a raw future has no value type. Add its type argument.");
    }
    return mapTypeArgument(arguments.get(0), use);
  }

  private @Nullable Mapped mapCollection(DeclaredType type, CollectionKind kind, boolean nonNull, Use use) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty()) {
      return unsupported(type, use, "a raw collection has no element type. Add its type argument.");
    }
    TypeMirror elementType = arguments.get(0);
    Mapped element = map(elementType, Nullability.declared(elementType, null), use);
    if (element == null) {
      return null;
    }
    return new Mapped(
        new TypeRef.ListOf(element.type(), nonNull),
        new Conversion.Collection(kind, TypeName.get(type), element.conversion()));
  }

  private @Nullable Mapped mapArray(ArrayType type, boolean nonNull, Use use) {
    TypeMirror component = type.getComponentType();
    Mapped element = map(component, Nullability.declared(component, null), use);
    if (element == null) {
      return null;
    }
    TypeRef list = new TypeRef.ListOf(element.type(), nonNull);
    if (!component.getKind().isPrimitive()) {
      return new Mapped(list, new Conversion.ObjectArray(TypeName.get(component), element.conversion()));
    }
    String method =
        switch (component.getKind()) {
          case INT -> "toIntArray";
          case DOUBLE -> "toDoubleArray";
          case BOOLEAN -> "toBooleanArray";
          default -> null;
        };
    if (method == null && use.direction() == Direction.INPUT) {
      return unsupported(type, use, "as an argument, use int[], double[], boolean[] or a List of boxed values.");
    }
    return new Mapped(list, new Conversion.PrimitiveArray(method == null ? "" : method));
  }

  private @Nullable Mapped mapId(TypeMirror type, boolean nonNull, Use use) {
    TypeRef.Named id = new TypeRef.Named(BuiltInScalar.ID.graphQLName(), nonNull);
    switch (type.getKind()) {
      case INT:
        return new Mapped(id, new Conversion.Narrow("idToInt"));
      case LONG:
        return new Mapped(id, new Conversion.Narrow("idToLong"));
      case DECLARED:
        break;
      case ARRAY:
        return mapArray((ArrayType) type, nonNull, use);
      default:
        return idOnUnsupportedType(type, use);
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    return switch (name) {
      case "java.lang.String" -> new Mapped(id, new Conversion.Cast(ClassName.get(String.class)));
      case "java.lang.Integer" -> new Mapped(id, new Conversion.Narrow("idToInt"));
      case "java.lang.Long" -> new Mapped(id, new Conversion.Narrow("idToLong"));
      case "java.util.UUID" -> new Mapped(id, new Conversion.Narrow("idToUuid"));
      case "java.util.Optional" -> mapOptional(declared, use);
      default -> COLLECTIONS.containsKey(name)
          ? mapCollection(declared, COLLECTIONS.get(name), nonNull, use)
          : idOnUnsupportedType(type, use);
    };
  }

  private @Nullable Mapped idOnUnsupportedType(TypeMirror type, Use use) {
    diagnostics.error(use.declaration(), Message.ID_ON_UNSUPPORTED_TYPE, use.description(), type);
    return null;
  }

  private static Mapped scalar(BuiltInScalar scalar, TypeName boxed, boolean nonNull) {
    return new Mapped(new TypeRef.Named(scalar.graphQLName(), nonNull), new Conversion.Cast(boxed));
  }

  private static Mapped extended(ExtendedScalar scalar, TypeName javaType, boolean nonNull) {
    return new Mapped(new TypeRef.Named(scalar.graphQLName(), nonNull), new Conversion.Cast(javaType));
  }

  private static Mapped narrowed(BuiltInScalar scalar, String method, boolean nonNull) {
    return new Mapped(new TypeRef.Named(scalar.graphQLName(), nonNull), new Conversion.Narrow(method));
  }

  private @Nullable Mapped unsupported(TypeMirror type, Use use, String reason) {
    diagnostics.error(use.declaration(), Message.UNSUPPORTED_TYPE, type, use.description(), reason);
    return null;
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
