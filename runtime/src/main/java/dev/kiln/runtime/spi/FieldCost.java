package dev.kiln.runtime.spi;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a field costs in the runtime's cost limit: its weight and, for a list field, how to size
 * the list. Kiln's processor registers one, with {@link SchemaContribution#fieldCost}, for each
 * field whose cost differs from the runtime's default, which is: weight 1 for a field that
 * returns an object, an interface or a union, else 0; the list sized by its {@code Int} arguments
 * named {@code first}, {@code last} or {@code limit}, else by the runtime's assumed list size.
 *
 * <pre>{@code
 * FieldCost cost = FieldCost.newFieldCost().weight(2).assumedListSize(50).slicingArguments(List.of("count")).build();
 * }</pre>
 */
public final class FieldCost {
  private final int weight;
  private final @Nullable Integer assumedListSize;
  private final List<String> slicingArguments;

  private FieldCost(Builder builder) {
    this.weight = builder.weight;
    this.assumedListSize = builder.assumedListSize;
    this.slicingArguments = builder.slicingArguments;
  }

  /** A builder of a field's cost: weight 0, no assumed list size and no slicing arguments unless set. */
  public static Builder newFieldCost() {
    return new Builder();
  }

  /** The field's own weight, added to the cost of the fields selected below it. */
  public int getWeight() {
    return weight;
  }

  /**
   * The size to assume for the list when the operation gives none of the slicing arguments, or
   * {@code null} to use the runtime's assumed list size.
   */
  public @Nullable Integer getAssumedListSize() {
    return assumedListSize;
  }

  /** The names of the arguments that bound the size of the list; the largest value given counts. */
  public List<String> getSlicingArguments() {
    return slicingArguments;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FieldCost cost
        && weight == cost.weight
        && Objects.equals(assumedListSize, cost.assumedListSize)
        && slicingArguments.equals(cost.slicingArguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weight, assumedListSize, slicingArguments);
  }

  @Override
  public String toString() {
    return "FieldCost{weight=" + weight + ", assumedListSize=" + assumedListSize + ", slicingArguments=" + slicingArguments + "}";
  }

  /** Builds a {@link FieldCost}: weight 0, no assumed list size and no slicing arguments unless set. */
  public static final class Builder {
    private int weight;
    private @Nullable Integer assumedListSize;
    private List<String> slicingArguments = List.of();

    private Builder() {}

    /** The field's own weight: 0 or more. */
    public Builder weight(int weight) {
      if (weight < 0) {
        throw new IllegalArgumentException("weight must be at least 0, but was " + weight + ".");
      }
      this.weight = weight;
      return this;
    }

    /** The size to assume for the list when the operation gives no slicing argument: 0 or more. */
    public Builder assumedListSize(int assumedListSize) {
      if (assumedListSize < 0) {
        throw new IllegalArgumentException("assumedListSize must be at least 0, but was " + assumedListSize + ".");
      }
      this.assumedListSize = assumedListSize;
      return this;
    }

    /** The names of the field's arguments that bound the size of the list. */
    public Builder slicingArguments(List<String> slicingArguments) {
      this.slicingArguments = List.copyOf(slicingArguments);
      return this;
    }

    public FieldCost build() {
      return new FieldCost(this);
    }
  }
}
