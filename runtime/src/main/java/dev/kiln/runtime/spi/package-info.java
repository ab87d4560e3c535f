/**
 * The contract between Kiln's generated code and its runtime. Application code does not implement
 * these types; Kiln's annotation processor does.
 */
@NullMarked
package dev.kiln.runtime.spi;

import org.jspecify.annotations.NullMarked;
