package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;

/** The Java types a node's key may have: the constants of the runtime's {@code dev.kiln.runtime.spi.NodeKey}. */
public enum NodeKeyKind {
  STRING(ClassName.get(String.class), "\"String\""),
  INT(ClassName.get(Integer.class), "\"int\" or \"Integer\""),
  LONG(ClassName.get(Long.class), "\"long\" or \"Long\""),
  UUID(ClassName.get(java.util.UUID.class), "\"UUID\"");

  private final ClassName boxed;
  private final String javaTypes;

  NodeKeyKind(ClassName boxed, String javaTypes) {
    this.boxed = boxed;
    this.javaTypes = javaTypes;
  }

  /** The Java types of such keys, quoted, for messages. */
  public String javaTypes() {
    return javaTypes;
  }

  /** The key's Java type, boxed, as a loader's key type. */
  public ClassName boxed() {
    return boxed;
  }
}
