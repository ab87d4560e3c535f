package dev.kiln.processor.rounds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Decides the round in which Kiln reads the compilation, as Dagger's processing steps defer an
 * element whose types have not resolved: it remembers the root types of every round by name, and
 * answers them as one round once none names a type that has yet to be generated. In the last round
 * it answers whatever there is, so that a type that never resolves is reported, by {@code javac}
 * and by Kiln, rather than waited for.
 */
public final class Rounds {
  private final ProcessingEnvironment environment;
  private final Set<String> rootTypes = new LinkedHashSet<>();
  private boolean sawKilnAnnotations;
  private boolean read;

  public Rounds(ProcessingEnvironment environment) {
    this.environment = environment;
  }

  /**
   * This round's view of the whole compilation, if Kiln reads it in this round: not before a round
   * has one of Kiln's annotations, nor while a root type names a type not yet generated, and only
   * once.
   */
  public Optional<CompilationElements> next(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (read) {
      return Optional.empty();
    }
    for (TypeElement root : ElementFilter.typesIn(round.getRootElements())) {
      rootTypes.add(root.getQualifiedName().toString());
    }
    sawKilnAnnotations |= !annotations.isEmpty();
    if (!sawKilnAnnotations) {
      return Optional.empty();
    }
    List<TypeElement> roots = new ArrayList<>();
    for (String name : rootTypes) {
      TypeElement root = environment.getElementUtils().getTypeElement(name);
      if (root != null) {
        roots.add(root);
      }
    }
    if (!round.processingOver() && !UnresolvedTypes.allResolved(roots)) {
      return Optional.empty();
    }
    read = true;
    return Optional.of(new CompilationElements(roots, round, environment.getElementUtils(), environment.getTypeUtils()));
  }

  /** Reads nothing more in this compilation, as after a crash that has been reported. */
  public void stop() {
    read = true;
  }
}
