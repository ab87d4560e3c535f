package dev.kiln.runtime;

/** Which operations a {@link Kiln} runs; see {@link Kiln.Builder#operationPolicy(OperationPolicy)}. */
public enum OperationPolicy {
  /** Any valid operation, sent as text or, once known, by hash. */
  ANY,
  /**
   * Only the {@link PersistedOperations}: by hash, or as text equal to a persisted document. Any
   * other document is refused before it is parsed, and automatic persisted queries cannot register
   * new ones.
   */
  PERSISTED_ONLY
}
