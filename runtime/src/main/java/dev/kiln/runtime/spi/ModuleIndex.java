package dev.kiln.runtime.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What one compilation contributed to the schema, for compilations that depend on it. Kiln's
 * processor writes it on a generated class in the package {@code dev.kiln.aggregated}, where the
 * processor of a dependent compilation finds it on the class path; it is not for hand-written code.
 *
 * <p>Javadoc is not kept in class files, so the module's schema travels here with its descriptions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModuleIndex {
  /** The qualified name of the module's generated {@code KilnModule} class. */
  String module();

  /** The module's schema in SDL, in pieces that each fit a class file's string constant. */
  String[] schema();

  /** The qualified names of the Java types whose GraphQL types the module defines. */
  String[] javaTypes();

  /** The names of the GraphQL types the module defines, root types aside. */
  String[] graphQLTypes();

  /** The module's loaders, each as {@code name|keyType|valueType} with Java type names. */
  String[] loaders();
}
