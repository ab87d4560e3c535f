/**
 * The first stage of the pipeline: which elements of the compilation Kiln reads, and in which
 * round. Kiln models the whole compilation once, in the first round in which every type the
 * compilation's signatures name has resolved, so that types other annotation processors generate
 * in earlier rounds are mapped like the user's own.
 */
@NullMarked
package dev.kiln.processor.rounds;

import org.jspecify.annotations.NullMarked;
