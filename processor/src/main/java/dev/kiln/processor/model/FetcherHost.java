package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A Java class whose members serve fields, and so gets a generated {@code <Class>_Fetchers} class
 * beside it, in the same package so it can reach package-private members.
 *
 * @param sourceType what the generated fetchers cast a source object to: the class, with wildcard
 *     type arguments if it is generic
 * @param fields the fields it serves, of its own object type and of the root types, in
 *     declaration order
 * @param instanceConstructible whether the class has a public no-argument constructor the
 *     generated code can call when the host provides no instance; {@code null} if no field needs an
 *     instance
 */
public record FetcherHost(
    ClassName javaType, TypeName sourceType, List<FieldModel> fields, @Nullable Boolean instanceConstructible, TypeElement source) {

  /** The generated class's name: {@code Outer_Inner_Fetchers} for {@code Outer.Inner}. */
  public ClassName fetchersClass() {
    return ClassName.get(javaType.packageName(), String.join("_", javaType.simpleNames()) + "_Fetchers");
  }
}
