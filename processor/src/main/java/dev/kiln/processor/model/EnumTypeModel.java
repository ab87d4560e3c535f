package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/** A GraphQL enum read from a Java enum. */
public record EnumTypeModel(
    String name,
    @Nullable String description,
    ClassName javaType,
    List<Value> values,
    TypeElement source) {

  /** One value of the enum: a Java constant. */
  public record Value(
      String name, String constant, @Nullable String description, @Nullable String deprecationReason) {}
}
