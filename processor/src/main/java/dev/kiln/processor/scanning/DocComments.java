package dev.kiln.processor.scanning;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * The doc comments of a compilation's declarations, found through javac's trees with one scan per
 * top-level class. {@code DocTrees.getDocCommentTree(Element)} searches the whole compilation unit
 * for the element on every call, which makes reading every member of a class of a thousand root
 * fields quadratic; this finds each declaration's path once.
 */
final class DocComments {
  private final @Nullable DocTrees trees;
  private final Map<Element, TreePath> paths = new HashMap<>();
  private final Set<Element> scanned = new HashSet<>();

  private DocComments(@Nullable DocTrees trees) {
    this.trees = trees;
  }

  /**
   * javac's doc comments for {@code environment}; with another compiler (ECJ, for one, has no
   * trees) it finds none, and comments are read as text.
   */
  static DocComments of(ProcessingEnvironment environment) {
    try {
      return new DocComments(DocTrees.instance(environment));
    } catch (IllegalArgumentException | LinkageError e) {
      return withoutTrees();
    }
  }

  /** Comments read as text only, as with a compiler that has no trees. */
  static DocComments withoutTrees() {
    return new DocComments(null);
  }

  /** Whether comments come from javac's trees, rather than from the comment text. */
  boolean hasTrees() {
    return trees != null;
  }

  /** The doc comment of {@code element} as javac parsed it, or {@code null} if it has none. */
  @Nullable DocCommentTree of(Element element) {
    DocTrees docTrees = trees;
    if (docTrees == null) {
      return null;
    }
    Element outermost = element;
    while (outermost.getEnclosingElement() != null && outermost.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && outermost.getEnclosingElement().getKind() != ElementKind.MODULE) {
      outermost = outermost.getEnclosingElement();
    }
    if (scanned.add(outermost)) {
      TreePath root = docTrees.getPath(outermost);
      if (root != null) {
        new DeclarationScanner(docTrees).scan(root, null);
      }
    }
    TreePath path = paths.get(element);
    // Elements without a declaration of their own in the tree (a record's component, say) are
    // looked up directly, as rarely as they occur.
    return path != null ? docTrees.getDocCommentTree(path) : docTrees.getDocCommentTree(element);
  }

  /** Records the path of every class, method and variable declaration under a class. */
  private final class DeclarationScanner extends TreePathScanner<Void, Void> {
    private final DocTrees docTrees;

    DeclarationScanner(DocTrees docTrees) {
      this.docTrees = docTrees;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      record();
      return super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      record();
      // A method's body declares nothing Kiln reads.
      scan(tree.getParameters(), unused);
      return null;
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      record();
      return null;
    }

    private void record() {
      Element element = docTrees.getElement(getCurrentPath());
      if (element != null) {
        paths.putIfAbsent(element, getCurrentPath());
      }
    }
  }
}
