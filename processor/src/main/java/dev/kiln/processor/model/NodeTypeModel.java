package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * An object type annotated {@code @Node}: it implements Relay's {@code Node} interface, its {@code
 * id} field serves global IDs, and {@code node(id:)} loads it by key with {@code loader}.
 *
 * @param key the Java type of its key
 * @param loader the name of the {@code @BatchLoader} that loads it by key
 * @param source the type, for diagnostics and incremental builds
 */
public record NodeTypeModel(String name, ClassName javaType, NodeKeyKind key, String loader, TypeElement source) {}
