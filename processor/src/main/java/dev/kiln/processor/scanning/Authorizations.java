package dev.kiln.processor.scanning;

import com.palantir.javapoet.ClassName;
import dev.kiln.annotations.Authorized;
import dev.kiln.annotations.Mutation;
import dev.kiln.annotations.Query;
import dev.kiln.annotations.Source;
import dev.kiln.annotations.Subscription;
import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.AuthorizationCheck;
import dev.kiln.processor.model.FieldModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Collects the {@code @Authorized} checks of each field and reports their mistakes.
 *
 * <p>A field's checks come from the {@code @Authorized} of, outermost first: the type that exposes
 * the field and its supertypes; the type that declares the member and its supertypes; the methods
 * the member overrides, in supertypes and interfaces, transitively; and the member itself. So an
 * override without {@code @Authorized} keeps the checks of what it overrides, and a subtype keeps
 * the checks of its supertypes: neither can drop a check.
 */
final class Authorizations {
  private static final String POLICY_INTERFACE = "dev.kiln.annotations.AuthorizationPolicy";
  private static final String ROLE_HOLDER = "dev.kiln.annotations.RoleHolder";

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final @Nullable String contextType;
  private final Carriers carriers;
  /** The elements whose {@code @Authorized} applies to some field. */
  private final Set<Element> used = new HashSet<>();
  /** Diagnostics already reported, so that a check shared by many fields is reported once. */
  private final Set<String> reported = new HashSet<>();

  Authorizations(ProcessingEnvironment environment, Diagnostics diagnostics, @Nullable String contextType, Carriers carriers) {
    this.carriers = carriers;
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.diagnostics = diagnostics;
    this.contextType = contextType;
  }

  /** {@code field}, served by {@code host}'s fetchers, with the checks that apply to it. */
  FieldModel apply(TypeElement host, FieldModel field) {
    Element member = field.source();
    boolean root = isRoot(member);
    TypeElement exposing = root ? null : exposingType(host, member);
    List<ExecutableElement> overridden = overriddenMethods(host, member);
    Set<Element> carriers = new LinkedHashSet<>();
    if (exposing != null) {
      carriers.addAll(outermostFirst(exposing));
    }
    carriers.addAll(outermostFirst((TypeElement) member.getEnclosingElement()));
    List<ExecutableElement> farthestFirst = new ArrayList<>(overridden);
    Collections.reverse(farthestFirst);
    for (ExecutableElement method : farthestFirst) {
      carriers.addAll(outermostFirst((TypeElement) method.getEnclosingElement()));
    }
    carriers.addAll(farthestFirst);
    carriers.addAll(ownCarriers(member));
    List<AuthorizationCheck> checks = new ArrayList<>();
    for (Element carrier : carriers) {
      AnnotationMirror mirror = ModelBuilder.annotationMirror(carrier, Authorized.class);
      if (mirror == null) {
        continue;
      }
      markUsed(carrier);
      AuthorizationCheck check = check(carrier, mirror, field, host, exposing);
      if (check != null && !checks.contains(check)) {
        checks.add(check);
      }
    }
    return checks.isEmpty() ? field : field.withAuthorization(checks);
  }

  /**
   * Reports each {@code @Authorized} in the round that applies to no field. Skipped after other
   * errors: a field that could not be modelled would make its checks look unused.
   */
  void reportUnused(RoundEnvironment round) {
    if (diagnostics.hasErrors()) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(Authorized.class)) {
      if (used.contains(element) || propagatedFromComponent(element)) {
        continue;
      }
      diagnostics.error(element, ModelBuilder.annotationMirror(element, Authorized.class), Message.AUTHORIZED_NOT_A_FIELD, describe(element));
    }
  }

  private @Nullable AuthorizationCheck check(
      Element carrier, AnnotationMirror mirror, FieldModel field, TypeElement host, @Nullable TypeElement exposing) {
    List<String> roles = new ArrayList<>();
    List<TypeElement> policyClasses = new ArrayList<>();
    boolean nullWhenDenied = false;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      String name = entry.getKey().getSimpleName().toString();
      Object value = entry.getValue().getValue();
      switch (name) {
        case "roles" -> ((List<?>) value).forEach(role -> roles.add((String) ((AnnotationValue) role).getValue()));
        case "policy" -> ((List<?>) value).forEach(type -> policyClasses.add(classOf((AnnotationValue) type)));
        case "denied" -> nullWhenDenied = ((VariableElement) value).getSimpleName().contentEquals("NULL");
        default -> {}
      }
    }
    String what = describe(carrier);
    if (roles.isEmpty() && policyClasses.isEmpty()) {
      once(carrier, mirror, Message.AUTHORIZED_WITHOUT_CHECK, what);
      return null;
    }
    boolean valid = true;
    if (nullWhenDenied && field.type().nonNull()) {
      once(carrier, mirror, Message.DENIED_NULL_ON_NON_NULL, what, field.parentType() + "." + field.name(), field.type());
      valid = false;
    }
    TypeElement context = contextType == null ? null : elements.getTypeElement(contextType);
    TypeElement roleHolder = elements.getTypeElement(ROLE_HOLDER);
    if (!roles.isEmpty() && context != null && roleHolder != null && !types.isAssignable(context.asType(), roleHolder.asType())) {
      once(carrier, mirror, Message.ROLES_WITHOUT_ROLE_HOLDER, what, context.getQualifiedName(), context.getSimpleName());
      valid = false;
    }
    List<AuthorizationCheck.Policy> policies = new ArrayList<>();
    for (TypeElement policyClass : policyClasses) {
      AuthorizationCheck.Policy policy = policy(carrier, mirror, what, policyClass, field, host, exposing, context);
      if (policy == null) {
        valid = false;
      } else {
        policies.add(policy);
      }
    }
    return valid ? new AuthorizationCheck(List.copyOf(roles), List.copyOf(policies), nullWhenDenied) : null;
  }

  private AuthorizationCheck.@Nullable Policy policy(
      Element carrier,
      AnnotationMirror mirror,
      String what,
      TypeElement policy,
      FieldModel field,
      TypeElement host,
      @Nullable TypeElement exposing,
      @Nullable TypeElement context) {
    String problem = classProblem(policy, host);
    if (problem != null) {
      once(carrier, mirror, Message.POLICY_CLASS, policy.getSimpleName(), what, problem, host.getQualifiedName());
      return null;
    }
    String expectedSource = exposing == null ? "Void" : exposing.getSimpleName().toString();
    DeclaredType implemented = policySupertype((DeclaredType) policy.asType());
    if (implemented == null || implemented.getTypeArguments().size() != 2) {
      once(carrier, mirror, Message.POLICY_TYPE_MISMATCH, policy.getSimpleName(), what, "a raw AuthorizationPolicy", "its type arguments are missing", expectedSource, viewerName(context, null));
      return null;
    }
    TypeMirror source = implemented.getTypeArguments().get(0);
    TypeMirror viewer = implemented.getTypeArguments().get(1);
    String declared = "an AuthorizationPolicy<" + simple(source) + ", " + simple(viewer) + ">";
    String reason = mismatch(source, viewer, field, exposing, context);
    if (reason != null) {
      once(carrier, mirror, Message.POLICY_TYPE_MISMATCH, policy.getSimpleName(), what, declared, reason, expectedSource, viewerName(context, viewer));
      return null;
    }
    boolean unchecked = !((DeclaredType) source).getTypeArguments().isEmpty() || !((DeclaredType) viewer).getTypeArguments().isEmpty();
    return new AuthorizationCheck.Policy(
        ClassName.get(policy),
        exposing == null ? null : ClassName.get((TypeElement) ((DeclaredType) source).asElement()),
        ClassName.get((TypeElement) ((DeclaredType) viewer).asElement()),
        constructible(policy, host),
        unchecked);
  }

  /** Why the policy's type arguments do not fit the field, or {@code null} if they do. */
  private @Nullable String mismatch(
      TypeMirror source, TypeMirror viewer, FieldModel field, @Nullable TypeElement exposing, @Nullable TypeElement context) {
    String coordinates = "\"" + field.parentType() + "." + field.name() + "\"";
    if (!(source instanceof DeclaredType) || !(viewer instanceof DeclaredType)) {
      return "its type arguments must be classes or interfaces, not type variables or wildcards";
    }
    if (exposing == null && !PlainTypes.is(source, "java.lang.Void") && !PlainTypes.is(source, "java.lang.Object")) {
      return coordinates + " is a root field, which has no source object: its policy takes Void (or Object) and receives null";
    }
    if (exposing != null && !types.isAssignable(types.erasure(exposing.asType()), types.erasure(source))) {
      return coordinates + " is resolved on a \"" + exposing.getSimpleName() + "\", which is not a \"" + simple(source) + "\"";
    }
    if (context != null && !types.isAssignable(types.erasure(context.asType()), types.erasure(viewer))) {
      return "the context type \"" + context.getQualifiedName() + "\" (-Akiln.contextType) is not a \"" + simple(viewer) + "\"";
    }
    return null;
  }

  /** Why the generated code cannot use {@code policy} from {@code host}'s package, or {@code null}. */
  private @Nullable String classProblem(TypeElement policy, TypeElement host) {
    if (policy.getKind() != ElementKind.CLASS || policy.getModifiers().contains(Modifier.ABSTRACT)) {
      return "is abstract or not a class";
    }
    if (!policy.getTypeParameters().isEmpty()) {
      return "is generic";
    }
    boolean samePackage = elements.getPackageOf(policy).equals(elements.getPackageOf(host));
    for (Element e = policy; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return "is private";
      }
      if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC) && t.getEnclosingElement().getKind() == ElementKind.CLASS) {
        return "is an inner class";
      }
      if (!samePackage && !t.getModifiers().contains(Modifier.PUBLIC)) {
        return "is not public";
      }
    }
    return null;
  }

  /** Whether the generated code can call a no-argument constructor of {@code policy}. */
  private boolean constructible(TypeElement policy, TypeElement host) {
    boolean samePackage = elements.getPackageOf(policy).equals(elements.getPackageOf(host));
    return ElementFilter.constructorsIn(policy.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty()
            && (c.getModifiers().contains(Modifier.PUBLIC) || (samePackage && !c.getModifiers().contains(Modifier.PRIVATE))));
  }

  /** {@code AuthorizationPolicy<S, V>} as {@code type} implements it, with its type arguments, or {@code null}. */
  private @Nullable DeclaredType policySupertype(DeclaredType type) {
    ArrayDeque<TypeMirror> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror current = pending.removeFirst();
      if (PlainTypes.is(current, POLICY_INTERFACE)) {
        return (DeclaredType) current;
      }
      pending.addAll(types.directSupertypes(current));
    }
    return null;
  }

  /** The viewer type to suggest: the policy's own if it fits the context type, else the context type. */
  private String viewerName(@Nullable TypeElement context, @Nullable TypeMirror declared) {
    boolean declaredFits =
        declared instanceof DeclaredType
            && (context == null || types.isAssignable(types.erasure(context.asType()), types.erasure(declared)));
    if (declaredFits) {
      return simple(declared);
    }
    return context == null ? "Object" : context.getSimpleName().toString();
  }

  private static String simple(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      return declared.asElement().getSimpleName().toString();
    }
    return type.toString();
  }

  private void once(Element carrier, AnnotationMirror mirror, Message message, Object... arguments) {
    String text = message.format(arguments);
    if (reported.add(describe(carrier) + "\n" + text)) {
      diagnostics.error(carrier, mirror, message, arguments);
    }
  }

  private static boolean isRoot(Element member) {
    return member.getAnnotation(Query.class) != null
        || member.getAnnotation(Mutation.class) != null
        || member.getAnnotation(Subscription.class) != null;
  }

  /** The type whose GraphQL type has the field: the {@code @Source}'s for a resolver field, else the host. */
  private static TypeElement exposingType(TypeElement host, Element member) {
    if (!(member instanceof ExecutableElement method)) {
      return host;
    }
    for (VariableElement parameter : method.getParameters()) {
      if (parameter.getAnnotation(Source.class) == null) {
        continue;
      }
      TypeMirror type = parameter.asType();
      if (PlainTypes.is(type, "java.util.List") && PlainTypes.arguments(type).size() == 1) {
        type = PlainTypes.arguments(type).get(0);
      }
      return (TypeElement) ((DeclaredType) type).asElement();
    }
    return host;
  }

  /** The supertypes of {@code type}, farthest first, then {@code type}. */
  private List<TypeElement> outermostFirst(TypeElement type) {
    List<TypeElement> all = new ArrayList<>(carriers.supertypes(type));
    Collections.reverse(all);
    all.add(type);
    return all;
  }

  /** The methods of {@code host}'s supertypes that {@code member} overrides, nearest first. */
  private List<ExecutableElement> overriddenMethods(TypeElement host, Element member) {
    return carriers.overridden(host, member);
  }

  /** The member, and for a record component its accessor, which may be declared with its own annotations. */
  private static List<Element> ownCarriers(Element member) {
    if (member instanceof RecordComponentElement component && component.getAccessor() != null) {
      return List.of(component, component.getAccessor());
    }
    return List.of(member);
  }

  private void markUsed(Element carrier) {
    used.add(carrier);
    if (carrier instanceof RecordComponentElement component) {
      used.add(component.getAccessor());
    }
  }

  /** An accessor or field of a record that carries its component's annotation, reported with the component. */
  private static boolean propagatedFromComponent(Element element) {
    if (!(element.getEnclosingElement() instanceof TypeElement record) || record.getKind() != ElementKind.RECORD) {
      return false;
    }
    boolean accessorOrField =
        element.getKind() == ElementKind.FIELD || (element instanceof ExecutableElement method && method.getParameters().isEmpty());
    return accessorOrField
        && record.getRecordComponents().stream()
            .anyMatch(c -> c.getSimpleName().equals(element.getSimpleName()) && c.getAnnotation(Authorized.class) != null);
  }

  private static TypeElement classOf(AnnotationValue value) {
    return (TypeElement) ((DeclaredType) value.getValue()).asElement();
  }

  /** {@code Type} for a type, {@code Type.member} for a member. */
  private static String describe(Element element) {
    if (element instanceof TypeElement type) {
      return type.getSimpleName().toString();
    }
    return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }
}
