package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@link BatchLoader} that a {@code DataLoader<K, V>} parameter receives, where the
 * parameter's own name differs from the loader's.
 *
 * <pre>{@code
 * @Field
 * CompletableFuture<User> author(@Loader("usersById") DataLoader<Integer, User> users) {
 *   return users.load(authorId);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Loader {
  /** The loader's name. */
  String value();
}
