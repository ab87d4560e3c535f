/**
 * Custom scalars for the Java types GraphQL has no built-in scalar for: {@code long},
 * {@link java.math.BigInteger}, {@link java.math.BigDecimal}, {@link java.util.UUID},
 * {@link java.time.LocalDate}, {@link java.time.OffsetDateTime} and {@link java.net.URI}. See
 * {@link dev.kiln.runtime.scalars.KilnScalars}.
 */
@NullMarked
package dev.kiln.runtime.scalars;

import org.jspecify.annotations.NullMarked;
