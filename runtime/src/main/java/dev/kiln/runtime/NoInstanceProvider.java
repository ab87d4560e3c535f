package dev.kiln.runtime;

import org.jspecify.annotations.Nullable;

enum NoInstanceProvider implements InstanceProvider {
  INSTANCE;

  @Override
  public <T> @Nullable T getInstance(Class<T> type) {
    return null;
  }
}
