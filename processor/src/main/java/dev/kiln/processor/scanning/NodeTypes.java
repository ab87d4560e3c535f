package dev.kiln.processor.scanning;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Node;
import dev.kiln.processor.diagnostics.AnnotationMirrors;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.GlobalIdArgumentModel;
import dev.kiln.processor.model.NodeKeyKind;
import dev.kiln.processor.model.NodeTypeModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.runtime.internal.NodeDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.jspecify.annotations.Nullable;

/**
 * Reads Relay's Global Object Identification from a compilation: the {@code @Node} types, each with
 * one {@code @Id} key named {@code id}, and the arguments declared {@code @Id(node = …)}. Reports
 * each misuse on its element and leaves it out.
 */
final class NodeTypes {
  private static final Set<String> KEY_CONTAINERS =
      Set.of("java.util.List", "java.util.Set", "java.util.Collection", "java.lang.Iterable", "java.util.Optional");

  private final Diagnostics diagnostics;

  NodeTypes(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** What {@link #read} found. */
  record Found(List<NodeTypeModel> nodeTypes, List<GlobalIdArgumentModel> arguments) {}

  /**
   * Reads the node types among {@code objectTypes}, which it replaces by the same types implementing
   * {@code Node}, and the ID arguments of their fields and of {@code rootFields}.
   */
  Found read(RoundEnvironment round, List<ObjectTypeModel> objectTypes, List<List<FieldModel>> rootFields) {
    List<NodeTypeModel> nodeTypes = new ArrayList<>();
    for (Element element : round.getElementsAnnotatedWith(Node.class)) {
      NodeTypeModel nodeType = nodeType(element, objectTypes);
      if (nodeType != null) {
        nodeTypes.add(nodeType);
      }
    }
    nodeTypes.sort(Comparator.comparing(NodeTypeModel::name));
    Set<String> names = new HashSet<>();
    nodeTypes.forEach(nodeType -> names.add(nodeType.name()));
    objectTypes.replaceAll(type -> names.contains(type.name()) ? implementingNode(type) : type);
    List<List<FieldModel>> fieldGroups = new ArrayList<>(rootFields);
    objectTypes.forEach(type -> fieldGroups.add(type.fields()));
    List<GlobalIdArgumentModel> arguments = arguments(fieldGroups, nodeTypes);
    reportIdsOutsideArguments(round);
    return new Found(List.copyOf(nodeTypes), arguments);
  }

  private @Nullable NodeTypeModel nodeType(Element element, List<ObjectTypeModel> objectTypes) {
    AnnotationMirror mirror = AnnotationMirrors.find(element, Node.class);
    boolean objectKind = element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.RECORD;
    if (!objectKind || element.getAnnotation(GraphQLType.class) == null) {
      diagnostics.error(element, mirror, Message.NODE_NOT_OBJECT, element.getSimpleName());
      return null;
    }
    ObjectTypeModel objectType = objectTypes.stream().filter(type -> type.source().equals(element)).findFirst().orElse(null);
    if (objectType == null) {
      return null; // Not modelled: the reason is reported already.
    }
    List<FieldModel> ids = objectType.fields().stream().filter(field -> field.source().getAnnotation(Id.class) != null).toList();
    if (ids.size() != 1) {
      String found =
          ids.isEmpty()
              ? "no @Id member"
              : ids.size() + " @Id members (" + String.join(", ", ids.stream().map(field -> "\"" + field.name() + "\"").toList()) + ")";
      diagnostics.error(element, mirror, Message.NODE_ID_COUNT, objectType.name(), found);
      return null;
    }
    FieldModel id = ids.get(0);
    TypeMirror keyType = memberType(id.source());
    NodeKeyKind key = keyKind(keyType);
    if (key == null) {
      diagnostics.error(id.source(), Message.NODE_KEY_TYPE, id.source().getSimpleName(), objectType.name(), keyType);
      return null;
    }
    if (!id.name().equals("id") || !id.type().toString().equals("ID!")) {
      diagnostics.error(id.source(), Message.NODE_ID_FIELD, id.source().getSimpleName(), objectType.name(), id.name(), id.type());
      return null;
    }
    String loader = element.getAnnotation(Node.class).loader();
    return new NodeTypeModel(objectType.name(), objectType.javaType(), key, loader, (TypeElement) element);
  }

  private static ObjectTypeModel implementingNode(ObjectTypeModel type) {
    List<String> interfaces = new ArrayList<>(type.interfaces());
    interfaces.add(NodeDefinition.INTERFACE);
    return new ObjectTypeModel(type.name(), type.description(), type.javaType(), type.fields(), List.copyOf(interfaces), type.source());
  }

  private List<GlobalIdArgumentModel> arguments(List<List<FieldModel>> fieldGroups, List<NodeTypeModel> nodeTypes) {
    Map<String, NodeTypeModel> byClass = new LinkedHashMap<>();
    nodeTypes.forEach(nodeType -> byClass.put(nodeType.javaType().canonicalName(), nodeType));
    Set<Element> reported = new HashSet<>();
    List<GlobalIdArgumentModel> arguments = new ArrayList<>();
    for (List<FieldModel> fields : fieldGroups) {
      for (FieldModel field : fields) {
        for (ArgumentModel argument : field.arguments()) {
          TypeElement node = nodeOf(argument.source());
          if (node == null) {
            continue;
          }
          NodeTypeModel nodeType = byClass.getOrDefault(node.getQualifiedName().toString(), upstreamNodeType(node));
          if (nodeType == null || !keyFits(argument.source(), node, nodeType)) {
            if (reported.add(argument.source())) {
              reportArgument(argument.source(), node, nodeType);
            }
            continue;
          }
          arguments.add(new GlobalIdArgumentModel(field.parentType(), field.name(), argument.name(), nodeType.name()));
        }
      }
    }
    return List.copyOf(arguments);
  }

  /**
   * A {@code @Node} type of another compilation, as far as an argument needs it: its name and key
   * type, read from its class. That compilation checked the rest.
   */
  private static @Nullable NodeTypeModel upstreamNodeType(TypeElement type) {
    Node node = type.getAnnotation(Node.class);
    if (node == null) {
      return null;
    }
    for (Element member : type.getEnclosedElements()) {
      NodeKeyKind key = member.getAnnotation(Id.class) == null ? null : keyKind(memberType(member));
      if (key != null) {
        String name = TypeRegistry.typeName(type, type.getAnnotation(GraphQLType.class));
        return new NodeTypeModel(name, com.palantir.javapoet.ClassName.get(type), key, node.loader(), type);
      }
    }
    return null;
  }

  private static boolean keyFits(Element parameter, TypeElement node, NodeTypeModel nodeType) {
    return keyKind(elementType(parameter.asType())) == nodeType.key();
  }

  private void reportArgument(Element parameter, TypeElement node, @Nullable NodeTypeModel nodeType) {
    AnnotationMirror mirror = AnnotationMirrors.find(parameter, Id.class);
    if (nodeType == null) {
      diagnostics.error(parameter, mirror, Message.ID_NODE_NOT_A_NODE, node.getSimpleName(), parameter.getSimpleName(), node.getSimpleName());
      return;
    }
    diagnostics.error(
        parameter, mirror, Message.ID_NODE_KEY_MISMATCH, parameter.getSimpleName(), parameter.asType(), node.getSimpleName(), nodeType.key().javaTypes());
  }

  /**
   * {@code @Id(node = …)} belongs on arguments; on an output member or an input field it would
   * silently do nothing. A record component's annotation is reported once, on the component.
   */
  private void reportIdsOutsideArguments(RoundEnvironment round) {
    Map<String, Element> misplaced = new LinkedHashMap<>();
    for (Element element : round.getElementsAnnotatedWith(Id.class)) {
      TypeElement node = nodeOf(element);
      if (node == null || element.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      String member = ((TypeElement) element.getEnclosingElement()).getQualifiedName() + "." + memberName(element);
      // javac locates a record's field at its component in the source, but not the component itself.
      Element previous = misplaced.get(member);
      if (previous == null || element.getKind() == ElementKind.FIELD) {
        misplaced.put(member, element);
      }
    }
    misplaced.values().forEach(
        element ->
            diagnostics.error(
                element, AnnotationMirrors.find(element, Id.class), Message.ID_NODE_NOT_ARGUMENT, nodeOf(element).getSimpleName(), element.getSimpleName()));
  }

  private static String memberName(Element element) {
    return element instanceof ExecutableElement method && method.getParameters().isEmpty() && element.getEnclosingElement().getKind() == ElementKind.RECORD
        ? method.getSimpleName().toString()
        : element.getSimpleName().toString();
  }

  /** The class {@code @Id(node = …)} names on {@code element}, or {@code null} if none. */
  private static @Nullable TypeElement nodeOf(Element element) {
    AnnotationMirror id = AnnotationMirrors.find(element, Id.class);
    if (id == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : id.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("node")
          && entry.getValue().getValue() instanceof DeclaredType declared) {
        return (TypeElement) declared.asElement();
      }
    }
    return null;
  }

  private static TypeMirror memberType(Element member) {
    return member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
  }

  /** The type of one key that a parameter of {@code type} takes: the element type of a list or array. */
  private static TypeMirror elementType(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return array.getComponentType();
    }
    if (type instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1
        && KEY_CONTAINERS.contains(((TypeElement) declared.asElement()).getQualifiedName().toString())) {
      return declared.getTypeArguments().get(0);
    }
    return type;
  }

  private static @Nullable NodeKeyKind keyKind(TypeMirror type) {
    if (type.getKind() == TypeKind.INT) {
      return NodeKeyKind.INT;
    }
    if (type.getKind() == TypeKind.LONG) {
      return NodeKeyKind.LONG;
    }
    if (!(type instanceof DeclaredType declared)) {
      return null;
    }
    return switch (((TypeElement) declared.asElement()).getQualifiedName().toString()) {
      case "java.lang.String" -> NodeKeyKind.STRING;
      case "java.lang.Integer" -> NodeKeyKind.INT;
      case "java.lang.Long" -> NodeKeyKind.LONG;
      case "java.util.UUID" -> NodeKeyKind.UUID;
      default -> null;
    };
  }
}
