package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The weight of a GraphQL field in the runtime's cost limit ({@code Kiln.newKiln().maxCost(…)}),
 * after the {@code @cost} directive of the GraphQL Foundation's cost specification (first
 * proposed by IBM as "GraphQL Cost Directives").
 *
 * <p>The runtime estimates an operation's cost before it runs it and refuses one that costs more
 * than the limit. A field costs its weight plus the cost of the fields selected below it, times the
 * size of the list it returns (see {@link ListSize}). Without {@code @Cost}, a field weighs:
 *
 * <ul>
 *   <li>the {@code @Cost} of the type it returns, if that type has one;
 *   <li>else 1 if it returns an object, an interface or a union, or if it calls business logic: a
 *       root field, a field of a resolver class ({@link Source @Source}) or a batched field;
 *   <li>else 0: a scalar or an enum read from a getter, a field or a record component.
 * </ul>
 *
 * <p>On a member, {@code @Cost} sets the weight of that field, for example of one that calls a slow
 * service:
 *
 * <pre>{@code
 * @Field
 * @Cost(10)
 * String summary(@Source Book book) { return summarizer.summarize(book.text()); }
 * }</pre>
 *
 * <p>On a type, it sets the weight of every field that returns the type, unless the field has its
 * own {@code @Cost}.
 *
 * <p>Weights are computed at compile time and are not part of the schema's SDL.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Cost {
  /** The weight: 0 or more. */
  int value();
}
