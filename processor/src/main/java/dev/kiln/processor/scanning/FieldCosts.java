package dev.kiln.processor.scanning;

import dev.kiln.annotations.Cost;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.GraphQLScalar;
import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.GraphQLUnion;
import dev.kiln.annotations.ListSize;
import dev.kiln.annotations.Mutation;
import dev.kiln.annotations.Query;
import dev.kiln.annotations.Subscription;
import dev.kiln.processor.diagnostics.AnnotationMirrors;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.diagnostics.NearNames;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.FieldCostModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.Invocation;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.model.TypeRef;
import dev.kiln.processor.model.UpstreamModule;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Computes each field's static weight for the runtime's cost limit from {@code @Cost} and {@code
 * @ListSize}, and reports their misuse. A field weighs its own {@code @Cost}; else the {@code
 * @Cost} of the type it returns; else 1 if it returns an object, an interface or a union, or calls
 * business logic (a root, resolver or batched field); else 0. Only the fields whose cost differs
 * from the runtime's default are kept, so the generated module stays small.
 */
public final class FieldCosts {
  private static final Set<String> DEFAULT_SLICING_ARGUMENTS = Set.of("first", "last", "limit");

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Carriers carriers;
  private final Map<String, TypeElement> typeElements = new LinkedHashMap<>();
  private final Set<String> compositeTypes = new HashSet<>();
  private final List<UpstreamModule> upstream;
  private final Set<Element> checked = new HashSet<>();
  private final Set<Element> invalid = new HashSet<>();

  private FieldCosts(ProcessingEnvironment environment, Diagnostics diagnostics, SchemaModel model, Carriers carriers) {
    this.elements = environment.getElementUtils();
    this.carriers = carriers;
    this.diagnostics = diagnostics;
    this.upstream = model.upstream();
    model.objectTypes().forEach(t -> composite(t.name(), t.source()));
    model.interfaceTypes().forEach(t -> composite(t.name(), t.source()));
    model.unionTypes().forEach(t -> composite(t.name(), t.source()));
    model.enumTypes().forEach(t -> typeElements.put(t.name(), t.source()));
    model.customScalars().forEach(t -> typeElements.put(t.name(), t.source()));
  }

  /**
   * The costs of the model's fields that differ from the runtime's default, by type and then field;
   * reports {@code @Cost} and {@code @ListSize} where they are misused or have no effect.
   */
  public static List<FieldCostModel> of(
      ProcessingEnvironment environment, RoundEnvironment round, SchemaModel model, Diagnostics diagnostics, Carriers carriers) {
    FieldCosts costs = new FieldCosts(environment, diagnostics, model, carriers);
    costs.reportMisplaced(round, Cost.class);
    costs.reportMisplaced(round, ListSize.class);
    return costs.costs(model);
  }

  /**
   * Reports the annotation on an element that is not a field (nor, for {@code @Cost}, an output
   * type). A member with a root or field annotation that failed to become a field has had its
   * error already, so it is left alone.
   */
  private void reportMisplaced(RoundEnvironment round, Class<? extends Annotation> annotation) {
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      String name = "@" + annotation.getSimpleName();
      if (element instanceof TypeElement type) {
        if (annotation == ListSize.class || outputType(type)) {
          continue;
        }
        diagnostics.error(
            element, AnnotationMirrors.find(element, annotation), Message.MISPLACED_COST, annotation.getSimpleName(), type.getSimpleName(),
            "a GraphQL object type, interface, union, enum or scalar", "the type a field returns, or on the field");
        continue;
      }
      if (!fieldLike(element)) {
        diagnostics.error(
            element, AnnotationMirrors.find(element, annotation), Message.MISPLACED_COST, annotation.getSimpleName(), element.getSimpleName(),
            "a GraphQL field", "a @Field, @Query, @Mutation or @Subscription member");
      }
    }
  }

  private static boolean outputType(TypeElement type) {
    return type.getKind() == ElementKind.ENUM
        || type.getAnnotation(GraphQLType.class) != null
        || type.getAnnotation(GraphQLUnion.class) != null
        || type.getAnnotation(GraphQLScalar.class) != null;
  }

  /**
   * A member that is, or may be, a field: annotated as one, a record's component (whose accessor
   * and field carry the component's annotations too), or a method that overrides a field method.
   */
  private boolean fieldLike(Element element) {
    if (element.getAnnotation(Field.class) != null
        || element.getAnnotation(Query.class) != null
        || element.getAnnotation(Mutation.class) != null
        || element.getAnnotation(Subscription.class) != null) {
      return true;
    }
    if (!(element.getEnclosingElement() instanceof TypeElement owner)) {
      return false;
    }
    if (owner.getKind() == ElementKind.RECORD && owner.getAnnotation(GraphQLType.class) != null) {
      return owner.getRecordComponents().stream().anyMatch(c -> c.getSimpleName().equals(element.getSimpleName()));
    }
    return element instanceof ExecutableElement method && annotated(method, Field.class) != null;
  }

  private void composite(String name, TypeElement source) {
    compositeTypes.add(name);
    typeElements.put(name, source);
  }

  private List<FieldCostModel> costs(SchemaModel model) {
    typeElements.values().stream().distinct().forEach(this::checkTypeCost);
    List<FieldModel> fields = new ArrayList<>();
    model.objectTypes().forEach(t -> fields.addAll(t.fields()));
    model.interfaceTypes().forEach(t -> fields.addAll(t.fields()));
    fields.addAll(model.queryFields());
    fields.addAll(model.mutationFields());
    fields.addAll(model.subscriptionFields());
    List<FieldCostModel> costs = new ArrayList<>();
    for (FieldModel field : fields) {
      FieldCostModel cost = cost(field);
      if (cost != null) {
        costs.add(cost);
      }
    }
    costs.sort(Comparator.comparing(FieldCostModel::parentType));
    return List.copyOf(costs);
  }

  private void checkTypeCost(TypeElement type) {
    Cost cost = type.getAnnotation(Cost.class);
    if (cost != null && cost.value() < 0) {
      diagnostics.error(type, AnnotationMirrors.find(type, Cost.class), Message.NEGATIVE_COST, cost.value(), type.getSimpleName());
    }
  }

  private @Nullable FieldCostModel cost(FieldModel field) {
    Element costElement = annotated(field.source(), Cost.class);
    Element listSizeElement = annotated(field.source(), ListSize.class);
    if (!valid(field, costElement, listSizeElement)) {
      return null;
    }
    String named = field.type().innermost().name();
    boolean composite = isComposite(named);
    int runtimeDefault = composite ? 1 : 0;
    int weight = weight(field, costElement, named, runtimeDefault);
    ListSize listSize = listSizeElement == null ? null : listSizeElement.getAnnotation(ListSize.class);
    if (listSize == null && weight == runtimeDefault) {
      return null;
    }
    boolean list = field.type() instanceof TypeRef.ListOf;
    Integer assumedSize = listSize == null || listSize.assumedSize() < 0 ? null : listSize.assumedSize();
    List<String> slicing = listSize == null || listSize.slicingArguments().length == 0
        ? defaultSlicingArguments(field)
        : List.of(listSize.slicingArguments());
    return new FieldCostModel(field.parentType(), field.name(), weight, assumedSize, list ? slicing : List.of());
  }

  private int weight(FieldModel field, @Nullable Element costElement, String named, int runtimeDefault) {
    if (costElement != null) {
      return costElement.getAnnotation(Cost.class).value();
    }
    TypeElement type = typeElements.get(named);
    Cost typeCost = type == null ? null : type.getAnnotation(Cost.class);
    if (typeCost != null && typeCost.value() >= 0) {
      return typeCost.value();
    }
    return callsBusinessLogic(field.invocation()) ? 1 : runtimeDefault;
  }

  /** A root, resolver or batched field: anything but a read of the source object. */
  private static boolean callsBusinessLogic(Invocation invocation) {
    if (invocation instanceof Invocation.CallMethod call) {
      return call.receiver() != Invocation.Receiver.SOURCE;
    }
    return invocation instanceof Invocation.Batched;
  }

  private boolean isComposite(String typeName) {
    if (compositeTypes.contains(typeName)) {
      return true;
    }
    Pattern definition = Pattern.compile("(?m)^(type|interface|union) " + Pattern.quote(typeName) + "\\b");
    return upstream.stream().anyMatch(module -> definition.matcher(module.schema()).find());
  }

  private static List<String> defaultSlicingArguments(FieldModel field) {
    return field.arguments().stream().filter(a -> isInt(a) && DEFAULT_SLICING_ARGUMENTS.contains(a.name())).map(ArgumentModel::name).toList();
  }

  private static boolean isInt(ArgumentModel argument) {
    return argument.type() instanceof TypeRef.Named named && named.name().equals("Int");
  }

  /**
   * Whether the field's annotations are valid, reporting each mistake once even when the member
   * serves several fields (inherited, or of a generic type's instances).
   */
  private boolean valid(FieldModel field, @Nullable Element costElement, @Nullable Element listSizeElement) {
    boolean valid = true;
    if (costElement != null) {
      valid = checked(costElement, () -> checkCost(costElement));
    }
    if (listSizeElement != null) {
      valid &= checked(listSizeElement, () -> checkListSize(field, listSizeElement));
    }
    return valid;
  }

  private boolean checked(Element element, java.util.function.BooleanSupplier check) {
    if (checked.add(element) && !check.getAsBoolean()) {
      invalid.add(element);
    }
    return !invalid.contains(element);
  }

  private boolean checkCost(Element element) {
    Cost cost = element.getAnnotation(Cost.class);
    if (cost.value() >= 0) {
      return true;
    }
    diagnostics.error(element, AnnotationMirrors.find(element, Cost.class), Message.NEGATIVE_COST, cost.value(), element.getSimpleName());
    return false;
  }

  private boolean checkListSize(FieldModel field, Element element) {
    ListSize listSize = element.getAnnotation(ListSize.class);
    var mirror = AnnotationMirrors.find(element, ListSize.class);
    String name = field.parentType() + "." + field.name();
    if (!(field.type() instanceof TypeRef.ListOf)) {
      diagnostics.error(element, mirror, Message.LIST_SIZE_NOT_LIST, name, field.type());
      return false;
    }
    boolean valid = true;
    if (listSize.assumedSize() < -1) {
      diagnostics.error(element, mirror, Message.NEGATIVE_LIST_SIZE, listSize.assumedSize(), name);
      valid = false;
    }
    for (String slicing : listSize.slicingArguments()) {
      valid &= checkSlicingArgument(field, element, slicing);
    }
    if (listSize.assumedSize() == -1 && listSize.slicingArguments().length == 0 && defaultSlicingArguments(field).isEmpty()) {
      diagnostics.error(element, mirror, Message.EMPTY_LIST_SIZE, name);
      valid = false;
    }
    return valid;
  }

  private boolean checkSlicingArgument(FieldModel field, Element element, String slicing) {
    var mirror = AnnotationMirrors.find(element, ListSize.class);
    String name = field.parentType() + "." + field.name();
    ArgumentModel argument = field.arguments().stream().filter(a -> a.name().equals(slicing)).findFirst().orElse(null);
    if (argument == null) {
      List<String> names = field.arguments().stream().map(ArgumentModel::name).toList();
      String hint =
          NearNames.nearest(slicing, names)
              .map(near -> " — did you mean \"" + near + "\"?")
              .orElse(names.isEmpty() ? ". The field has no arguments: set assumedSize instead." : ". Name one of its arguments: " + String.join(", ", names) + ".");
      diagnostics.error(element, mirror, Message.UNKNOWN_SLICING_ARGUMENT, slicing, name, hint);
      return false;
    }
    if (!isInt(argument)) {
      diagnostics.error(element, mirror, Message.SLICING_ARGUMENT_NOT_INT, slicing, name, argument.type());
      return false;
    }
    return true;
  }

  /**
   * The element that carries {@code annotation} for the field's member: the member itself, or, for
   * a method or record component that overrides a method without repeating it, the nearest
   * overridden method that has it.
   */
  private @Nullable Element annotated(Element member, Class<? extends Annotation> annotation) {
    if (member.getAnnotation(annotation) != null) {
      return member;
    }
    Element overriding = member instanceof RecordComponentElement component ? component.getAccessor() : member;
    if (!(overriding instanceof ExecutableElement method) || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return null;
    }
    return carriers.nearestAnnotated(owner, method, annotation);
  }
}
