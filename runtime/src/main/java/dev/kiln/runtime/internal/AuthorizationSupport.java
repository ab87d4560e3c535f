package dev.kiln.runtime.internal;

import dev.kiln.runtime.KilnErrorClassification;
import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * What generated data fetchers use to run {@code @Authorized} checks before they call the user's
 * member. Checks fail closed: an anonymous request, or a context of another type, is denied.
 */
public final class AuthorizationSupport {
  /** The classification of the error a denied field reports: {@code extensions.classification}. */
  public static final ErrorClassification UNAUTHORIZED = KilnErrorClassification.UNAUTHORIZED;

  private AuthorizationSupport() {}

  /**
   * The request's context object as the viewer a policy takes, or {@code null} if the request is
   * anonymous or its context is not a {@code type}.
   */
  public static <V> @Nullable V viewer(DataFetchingEnvironment environment, Class<V> type) {
    Object context = FetcherSupport.context(environment);
    return type.isInstance(context) ? type.cast(context) : null;
  }

  /**
   * Whether the viewer has at least one of {@code roles}: it must be a {@code holderType} (Kiln's
   * {@code RoleHolder}), and {@code hasRole} must say so for one of them.
   */
  public static <R> boolean hasAnyRole(
      DataFetchingEnvironment environment, Class<R> holderType, BiPredicate<R, String> hasRole, String... roles) {
    R holder = viewer(environment, holderType);
    if (holder == null) {
      return false;
    }
    for (String role : roles) {
      if (hasRole.test(holder, role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The result of a field denied with {@code Denied.ERROR}: no value, and an error at the field's
   * path that names the field and nothing else, such as {@code Not authorized to read
   * "Loan.borrower".}
   */
  public static DataFetcherResult<@Nullable Object> unauthorized(DataFetchingEnvironment environment) {
    GraphQLNamedType parent = (GraphQLNamedType) environment.getParentType();
    String coordinates = parent.getName() + "." + environment.getFieldDefinition().getName();
    String verb = parent == environment.getGraphQLSchema().getMutationType() ? "run" : "read";
    return DataFetcherResult.<@Nullable Object>newResult()
        .data(null)
        .error(
            GraphqlErrorBuilder.newError(environment)
                .message("Not authorized to " + verb + " \"" + coordinates + "\".")
                .errorType(UNAUTHORIZED)
                .build())
        .build();
  }
}
