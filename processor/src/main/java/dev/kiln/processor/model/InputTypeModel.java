package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A GraphQL input object type read from a record used as an argument: its components are the
 * fields, in order, and the generated {@code <Record>_Input.from} builds the record by calling its
 * canonical constructor, without reflection.
 *
 * @param oneOf whether a client sets exactly one of its fields ({@code @oneOf})
 */
public record InputTypeModel(
    String name, @Nullable String description, ClassName javaType, List<ArgumentModel> fields, boolean oneOf, TypeElement source) {

  /** The generated class that turns graphql-java's map of field values into the record. */
  public ClassName converterClass() {
    return ClassName.get(javaType.packageName(), String.join("_", javaType.simpleNames()) + "_Input");
  }
}
