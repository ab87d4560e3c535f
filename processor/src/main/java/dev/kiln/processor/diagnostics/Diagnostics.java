package dev.kiln.processor.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Reports user mistakes as compiler errors on the most precise element, and counts them so that
 * nothing is generated when there was any. Never throws.
 */
public final class Diagnostics {
  private final Messager messager;
  private int errorCount;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void error(Element element, Message message, Object... arguments) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(arguments), located(element));
  }

  /** An error on one annotation of {@code element}, which IDEs and javac underline precisely. */
  public void error(
      Element element, @Nullable AnnotationMirror annotation, Message message, Object... arguments) {
    errorCount++;
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(arguments), located(element));
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message.format(arguments), located(element), annotation);
    }
  }

  /**
   * A warning about something legal but risky, unless the element or one that encloses it is
   * annotated {@code @SuppressWarnings("kiln:<Id>")} or {@code @SuppressWarnings("kiln:all")}.
   */
  public void warning(Element element, Message message, Object... arguments) {
    if (suppressed(element, message)) {
      return;
    }
    messager.printMessage(Diagnostic.Kind.WARNING, message.format(arguments), located(element));
  }

  /**
   * An element javac can point at for {@code element}. JDK 17's javac has no source position for a
   * record component, and reports on it without a file; the record's field of that name has the
   * component's position and carries its annotations.
   */
  private static Element located(Element element) {
    if (element.getKind() != ElementKind.RECORD_COMPONENT) {
      return element;
    }
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().equals(element.getSimpleName()) && !field.getModifiers().contains(Modifier.STATIC)) {
        return field;
      }
    }
    return element;
  }

  /** An error, or a warning if {@code asError} is false; a warning here cannot be suppressed. */
  public void report(boolean asError, Message message, Object... arguments) {
    if (asError) {
      error(message, arguments);
    } else {
      messager.printMessage(Diagnostic.Kind.WARNING, message.format(arguments));
    }
  }

  private static boolean suppressed(Element element, Message message) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress == null) {
        continue;
      }
      for (String value : suppress.value()) {
        if (value.equals("kiln:" + message.id()) || value.equals("kiln:all")) {
          return true;
        }
      }
    }
    return false;
  }

  /** An error not tied to an element, such as a bad processor option. */
  public void error(Message message, Object... arguments) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(arguments));
  }

  /** A note, which is neither a mistake nor a warning, such as the processor's timings. */
  public void note(Message message, Object... arguments) {
    messager.printMessage(Diagnostic.Kind.NOTE, message.format(arguments));
  }

  /** A crash inside Kiln itself, reported apart from user mistakes. */
  public void bug(Throwable crash) {
    errorCount++;
    StringWriter trace = new StringWriter();
    crash.printStackTrace(new PrintWriter(trace));
    messager.printMessage(
        Diagnostic.Kind.ERROR,
        "[Kiln/InternalError] Kiln's annotation processor crashed. This is a bug in Kiln, please report it"
            + " with this stack trace:\n"
            + trace);
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }

  public int errorCount() {
    return errorCount;
  }
}
