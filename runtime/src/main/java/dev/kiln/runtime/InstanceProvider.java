package dev.kiln.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Supplies the instances whose methods serve root fields ({@code @Query}, {@code @Mutation}) and
 * resolver fields.
 *
 * <p>This is where a dependency-injection container plugs in: with Spring, {@code
 * applicationContext::getBean}-style lookups; with Guice, {@code injector::getInstance}. Kiln asks
 * once per class while it builds the schema and keeps the instance, so the instances must be safe
 * to share between requests.
 */
@FunctionalInterface
public interface InstanceProvider {

  /**
   * Returns the instance of {@code type} to serve fields with, or {@code null} to let Kiln use the
   * class's public no-argument constructor.
   */
  <T> @Nullable T getInstance(Class<T> type);

  /** The provider that provides nothing, so every class must have a public no-argument constructor. */
  static InstanceProvider none() {
    return NoInstanceProvider.INSTANCE;
  }
}
