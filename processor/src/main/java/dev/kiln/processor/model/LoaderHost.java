package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * A Java class that declares {@code @BatchLoader} methods, and so gets a generated {@code
 * <Class>_Loaders} class beside it.
 *
 * @param instanceConstructible as for {@link FetcherHost}: whether the generated code can make an
 *     instance, or {@code null} if every loader is static
 */
public record LoaderHost(
    ClassName javaType, List<LoaderModel> loaders, @Nullable Boolean instanceConstructible, TypeElement source) {

  /** The generated class's name: {@code Outer_Inner_Loaders} for {@code Outer.Inner}. */
  public ClassName loadersClass() {
    return ClassName.get(javaType.packageName(), String.join("_", javaType.simpleNames()) + "_Loaders");
  }
}
