/** A social network that the adversarial tests attack. */
@NullMarked
package dev.kiln.integration.adversarial;

import org.jspecify.annotations.NullMarked;
