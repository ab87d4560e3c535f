package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of a {@link Field} method that receives the object the field is resolved
 * on, which makes the method add a field to that object's type from outside it, typically from a
 * resolver class that holds the data access.
 *
 * <ul>
 *   <li>{@code @Source Post post}: the method is called once per post.
 *   <li>{@code @Source List<Post> posts}: a <i>batched field</i>. The method is called once for
 *       all the posts of one level of the query whose field has equal arguments, and returns a
 *       {@code List<R>} in the same order or a {@code Map<Post, R>} (a missing post gets {@code
 *       null}), or a {@code CompletionStage} of either.
 * </ul>
 *
 * <pre>{@code
 * @Field
 * List<List<Comment>> comments(@Source List<Post> posts, @DefaultValue("5") int last) {
 *   return comments.lastOfEach(posts, last);   // one SELECT for all posts
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Source {}
