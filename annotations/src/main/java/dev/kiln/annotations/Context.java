package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Passes the request's context object (the <i>viewer</i>: who is asking) to a field method. The
 * parameter is not a GraphQL argument.
 *
 * <p>The host supplies the context with each request; the parameter's type must be the type the
 * host supplies, or a supertype of it. Absent a context, the parameter receives {@code null}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Context {}
