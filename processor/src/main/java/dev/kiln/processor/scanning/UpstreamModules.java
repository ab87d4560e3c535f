package dev.kiln.processor.scanning;

import com.palantir.javapoet.ClassName;
import dev.kiln.runtime.spi.ModuleIndex;
import dev.kiln.processor.model.UpstreamModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Finds the modules of other compilations on the class path. Each compilation's processor leaves
 * a class annotated {@code @ModuleIndex} in the package {@value #PACKAGE}; javac lists a package's
 * classes across every jar and directory of the class path, so one lookup finds them all.
 */
public final class UpstreamModules {
  /** The package of the index classes. */
  public static final String PACKAGE = "dev.kiln.aggregated";

  private UpstreamModules() {}

  /**
   * The modules on the class path, by module name. They may include a previous build of this very
   * compilation, whose output is on the class path when a build tool recompiles.
   */
  public static List<UpstreamModule> read(Elements elements) {
    PackageElement aggregated = elements.getPackageElement(PACKAGE);
    if (aggregated == null) {
      return List.of();
    }
    List<UpstreamModule> modules = new ArrayList<>();
    for (Element element : aggregated.getEnclosedElements()) {
      ModuleIndex index = element.getAnnotation(ModuleIndex.class);
      if (index == null) {
        continue;
      }
      List<UpstreamModule.Loader> loaders = new ArrayList<>();
      for (String loader : index.loaders()) {
        String[] parts = loader.split("\\|", 3);
        loaders.add(new UpstreamModule.Loader(parts[0], parts[1], parts[2]));
      }
      modules.add(
          new UpstreamModule(
              index.module(), String.join("", index.schema()), set(index.javaTypes()), set(index.graphQLTypes()), List.copyOf(loaders)));
    }
    modules.sort(Comparator.comparing(UpstreamModule::module));
    return List.copyOf(modules);
  }

  /** The class that indexes {@code module}: its qualified name with dots made underscores. */
  public static ClassName indexClass(ClassName module) {
    return ClassName.get(PACKAGE, module.canonicalName().replace('.', '_'));
  }

  private static Set<String> set(String[] values) {
    return new LinkedHashSet<>(List.of(values));
  }
}
