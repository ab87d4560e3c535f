/**
 * Helpers that only the code Kiln's annotation processor generates calls: reading arguments,
 * loading through the request's loaders, checking authorization, building schema elements. They
 * are not an API: they change with the processor, and application code must not call them. The
 * contracts generated code implements are in {@link dev.kiln.runtime.spi}.
 */
@NullMarked
package dev.kiln.runtime.internal;

import org.jspecify.annotations.NullMarked;
