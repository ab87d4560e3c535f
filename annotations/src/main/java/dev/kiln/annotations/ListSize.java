package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many elements a list field returns, for the runtime's cost limit ({@code
 * Kiln.newKiln().maxCost(…)}), after the {@code @listSize} directive of the GraphQL Foundation's
 * cost specification (first proposed by IBM as "GraphQL Cost Directives").
 *
 * <p>The cost of the fields selected below a list field is multiplied by the size of the list: the
 * largest value the operation gives to one of the field's <i>slicing arguments</i> (as a literal,
 * a variable or by the argument's default); if it gives none, {@link #assumedSize()}; if that is
 * not set, the runtime's {@code assumedListSize}.
 *
 * <p>Without {@code @ListSize}, or with an empty {@link #slicingArguments()}, a list field's slicing
 * arguments are its {@code Int} arguments named {@code first}, {@code last} or {@code limit}.
 *
 * <pre>{@code
 * @Field
 * @ListSize(assumedSize = 50, slicingArguments = "count")
 * List<Review> reviews(@Source Book book, @DefaultValue("10") int count) { … }
 * }</pre>
 *
 * <p>{@code @ListSize} goes on a field that returns a list; without a slicing argument it must set
 * {@link #assumedSize()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ListSize {
  /**
   * The size to assume when the operation gives no slicing argument: 0 or more. The default, -1,
   * leaves it to the runtime's {@code assumedListSize}.
   */
  int assumedSize() default -1;

  /**
   * The names of the field's {@code Int} arguments that bound the size of the list. Empty, the
   * default, means its {@code Int} arguments named {@code first}, {@code last} or {@code limit}.
   */
  String[] slicingArguments() default {};
}
