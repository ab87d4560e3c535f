/**
 * OpenTelemetry traces and metrics for Kiln: {@link dev.kiln.opentelemetry.KilnTelemetry}, added
 * with {@code Kiln.newKiln().instrumentation(KilnTelemetry.create(openTelemetry))}.
 */
@NullMarked
package dev.kiln.opentelemetry;

import org.jspecify.annotations.NullMarked;
