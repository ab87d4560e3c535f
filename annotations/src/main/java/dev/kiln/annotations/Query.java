package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a field of the root {@code Query} type.
 *
 * <p>The method may be static, or an instance method of any class. Instances come from the
 * runtime's {@code InstanceProvider}, or from the class's public no-argument constructor.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The GraphQL field name; defaults to the method name, with a getter's prefix removed. */
  String name() default "";
}
