package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method a field of the root {@code Subscription} type: a stream of events that a client subscribes to.
 *
 * <p>The method returns a reactive-streams {@code org.reactivestreams.Publisher<T>} or a {@code
 * java.util.concurrent.Flow.Publisher<T>}; the field's type is {@code T}, and each item the
 * publisher emits is one event, resolved against the subscription's selection.
 *
 * <p>The method may be static, or an instance method of any class. Instances come from the
 * runtime's {@code InstanceProvider}, or from the class's public no-argument constructor.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Subscription {
  /** The GraphQL field name; defaults to the method name, with a getter's prefix removed. */
  String name() default "";
}
