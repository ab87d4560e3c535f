package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code @Authorized} that applies to a field: the generated fetcher runs it before it calls
 * the user's member, and does not call it when the check fails.
 *
 * @param roles the roles of which the viewer needs one; empty if the check names none
 * @param policies the policies that must each allow
 * @param nullWhenDenied whether a denied field is {@code null} without an error ({@code
 *     Denied.NULL}), rather than {@code null} with an error
 */
public record AuthorizationCheck(List<String> roles, List<Policy> policies, boolean nullWhenDenied) {

  /**
   * An {@code AuthorizationPolicy<S, V>} class.
   *
   * @param type the policy class
   * @param sourceType the erasure of {@code S}, to which the fetcher casts the source; {@code null}
   *     for a root field, whose policy receives {@code null}
   * @param viewerType the erasure of {@code V}: the context is passed when it is an instance of it
   * @param constructible whether the generated code can call a public no-argument constructor when
   *     the host provides no instance
   * @param unchecked whether {@code S} or {@code V} has type arguments, so that passing the erased
   *     values is an unchecked conversion
   */
  public record Policy(ClassName type, @Nullable TypeName sourceType, TypeName viewerType, boolean constructible, boolean unchecked) {}
}
