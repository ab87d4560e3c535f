package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check that the generated data fetcher runs before it calls the field's member: when the check
 * fails, the member is not called and the field resolves as {@link #denied()} says.
 *
 * <p>On a field member ({@code @Field}, {@code @Query}, {@code @Mutation}, {@code @Subscription}
 * or a record component) it checks that field. On a type it checks every field the type declares
 * or exposes, and every field of its subtypes. Checks add up: a field is allowed only when every
 * {@code @Authorized} that applies to it allows. They hold on inherited and overridden members too:
 * an override without {@code @Authorized} keeps the checks of the method it overrides, and an
 * override cannot drop them.
 *
 * <p>Each check needs at least one of {@link #roles()} and {@link #policy()}; with both, both must
 * allow.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Authorized {
  /**
   * The roles of which the viewer needs at least one. The viewer is the request's context object;
   * it has a role when it implements {@link RoleHolder} and says so. An anonymous request, or a
   * viewer that does not implement {@code RoleHolder}, has no roles.
   */
  String[] roles() default {};

  /**
   * The policies that must each allow the viewer to see the field on its source. Kiln gets one
   * instance of each class per schema, from the host's instance provider or else with its public
   * no-argument constructor.
   */
  @SuppressWarnings("rawtypes")
  Class<? extends AuthorizationPolicy>[] policy() default {};

  /** What the field resolves to when a check fails. */
  Denied denied() default Denied.ERROR;
}
