package dev.kiln.processor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a field costs in the runtime's cost limit, where it differs from the runtime's default
 * (weight 1 for an object, interface or union, else 0; lists sliced by {@code Int} arguments named
 * {@code first}, {@code last} or {@code limit}).
 *
 * @param weight the field's own weight, from {@code @Cost} or the rule that a call into business
 *     logic weighs 1
 * @param assumedSize the {@code @ListSize(assumedSize)}, or {@code null} for the runtime's
 * @param slicingArguments the arguments that bound the list's size; empty for a field that is not a list
 */
public record FieldCostModel(
    String parentType, String field, int weight, @Nullable Integer assumedSize, List<String> slicingArguments) {}
