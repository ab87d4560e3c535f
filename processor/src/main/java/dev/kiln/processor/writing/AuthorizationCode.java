package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.AuthorizationCheck;
import dev.kiln.processor.model.FieldModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The code of {@code @Authorized} checks in a {@code <Class>_Fetchers}: the policy instances, got
 * once in {@code register}, and the checks at the start of each fetcher, which return before the
 * user's member is called when one fails.
 */
final class AuthorizationCode {
  static final ClassName AUTHORIZATION_SUPPORT = ClassName.get(ReferencedTypes.RUNTIME_INTERNAL, "AuthorizationSupport");
  static final ClassName ROLE_HOLDER = ClassName.get("dev.kiln.annotations", "RoleHolder");
  private static final Set<String> TAKEN = Set.of("contribution", "instance", "source", "environment", "env", "fieldDefinition");

  private AuthorizationCode() {}

  /** A variable name for each policy the fields use, in order of first use. */
  static Map<ClassName, String> policyNames(List<FieldModel> fields) {
    Map<ClassName, String> names = new LinkedHashMap<>();
    for (FieldModel field : fields) {
      for (AuthorizationCheck.Policy policy : policies(field)) {
        if (names.containsKey(policy.type())) {
          continue;
        }
        String base = ModuleWriter.lowerFirst(policy.type().simpleName());
        String name = base;
        for (int i = 2; TAKEN.contains(name) || names.containsValue(name); i++) {
          name = base + i;
        }
        names.put(policy.type(), name);
      }
    }
    return names;
  }

  /** Gets each policy from the host's instance provider, else with its no-argument constructor. */
  static void registerPolicies(MethodSpec.Builder register, List<FieldModel> fields, Map<ClassName, String> names) {
    Map<ClassName, Boolean> constructible = new LinkedHashMap<>();
    fields.forEach(field -> policies(field).forEach(p -> constructible.putIfAbsent(p.type(), p.constructible())));
    constructible.forEach(
        (policy, canConstruct) ->
            register.addStatement(
                canConstruct
                    ? CodeBlock.of("$T $N = contribution.instance($T.class, $T::new)", policy, names.get(policy), policy, policy)
                    : CodeBlock.of("$T $N = contribution.instance($T.class, null)", policy, names.get(policy), policy)));
  }

  /** The distinct policies of a field's checks, in order. */
  static List<AuthorizationCheck.Policy> policies(FieldModel field) {
    Map<ClassName, AuthorizationCheck.Policy> policies = new LinkedHashMap<>();
    field.authorization().forEach(check -> check.policies().forEach(p -> policies.putIfAbsent(p.type(), p)));
    return List.copyOf(policies.values());
  }

  /**
   * Gives a fetcher a field per policy it checks, and the constructor that sets them and, unless
   * {@code owner} is {@code null}, the instance that serves the call.
   */
  static void addFields(TypeSpec.Builder fetcher, @Nullable ClassName owner, FieldModel field, Map<ClassName, String> names) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    if (owner != null) {
      fetcher.addField(owner, "instance", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(owner, "instance").addStatement("this.instance = instance");
    }
    for (AuthorizationCheck.Policy policy : policies(field)) {
      String name = names.get(policy.type());
      fetcher.addField(policy.type(), name, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(policy.type(), name).addStatement("this.$N = $N", name, name);
    }
    MethodSpec built = constructor.build();
    if (!built.parameters().isEmpty()) {
      fetcher.addMethod(built);
    }
  }

  /** The arguments of the fetcher's constructor, as {@link #addFields} declares them. */
  static CodeBlock constructorArguments(boolean instance, FieldModel field, Map<ClassName, String> names) {
    List<CodeBlock> arguments = new ArrayList<>();
    if (instance) {
      arguments.add(CodeBlock.of("instance"));
    }
    policies(field).forEach(p -> arguments.add(CodeBlock.of("$N", names.get(p.type()))));
    return CodeBlock.join(arguments, ", ");
  }

  /** Whether a policy's check passes erased values where it takes parameterized ones. */
  static boolean unchecked(FieldModel field) {
    return policies(field).stream().anyMatch(AuthorizationCheck.Policy::unchecked);
  }

  /** The checks, outermost first, each returning the denied result when it fails; {@code env} is in scope. */
  static void addChecks(MethodSpec.Builder get, FieldModel field, Map<ClassName, String> names) {
    for (AuthorizationCheck check : field.authorization()) {
      CodeBlock denied =
          check.nullWhenDenied() ? CodeBlock.of("return null") : CodeBlock.of("return $T.unauthorized(env)", AUTHORIZATION_SUPPORT);
      if (!check.roles().isEmpty()) {
        CodeBlock roles = CodeBlock.join(check.roles().stream().map(role -> CodeBlock.of("$S", role)).toList(), ", ");
        get.beginControlFlow("if (!$T.hasAnyRole(env, $T.class, $T::hasRole, $L))", AUTHORIZATION_SUPPORT, ROLE_HOLDER, ROLE_HOLDER, roles)
            .addStatement(denied)
            .endControlFlow();
      }
      for (AuthorizationCheck.Policy policy : check.policies()) {
        get.beginControlFlow(
                "if (!$N.allows($T.viewer(env, $T.class), $L))",
                names.get(policy.type()),
                AUTHORIZATION_SUPPORT,
                policy.viewerType(),
                source(policy.sourceType()))
            .addStatement(denied)
            .endControlFlow();
      }
    }
  }

  private static CodeBlock source(@Nullable TypeName sourceType) {
    if (sourceType == null) {
      return CodeBlock.of("null");
    }
    return sourceType.equals(ClassName.OBJECT) ? CodeBlock.of("source") : CodeBlock.of("($T) source", sourceType);
  }
}
