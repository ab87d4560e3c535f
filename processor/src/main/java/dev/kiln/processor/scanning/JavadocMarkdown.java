package dev.kiln.processor.scanning;

import com.sun.source.doctree.AttributeTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.ErroneousTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.UnknownInlineTagTree;
import com.sun.source.doctree.ValueTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders the trees of a Javadoc comment (javac's own parse, {@code com.sun.source.doctree}) as the
 * CommonMark that GraphQL descriptions are (spec §2.2), the way the Javadoc tool renders them as
 * HTML: the lines of a paragraph joined by single spaces with their indentation dropped; {@code
 * <p>} and blank lines as paragraph breaks; {@code <ul>}/{@code <ol>} as Markdown lists; {@code
 * <pre>} as a fenced code block; {@code {@code x}} and {@code <code>} as code spans; {@code
 * {@literal x}} and entities as their text; {@code <b>}/{@code <strong>} and {@code <i>}/{@code
 * <em>} as emphasis; {@code <a href>} as a link.
 *
 * <p>{@code {@link Foo#bar}} becomes the code span {@code `Foo.bar`}, as the Javadoc tool sets a
 * link in code font; a link with a label becomes the label alone, since labels are prose and there
 * is no page for a GraphQL client to link to. Other HTML tags are dropped and their content kept:
 * a client may or may not render HTML in Markdown (GraphiQL does not), and raw tags in a
 * description read as noise, while their text is what the author meant to say. Block-level ones
 * ({@code <div>}, {@code <table>}, {@code <dl>} …) break the paragraph, as they would in HTML.
 * Text is escaped where CommonMark would read it as markup, so that {@code a*b*c} stays three
 * characters and an asterisk, as it does in HTML.
 *
 * <p>A Markdown comment ({@code ///}, JDK 23+) is already Markdown and is passed through.
 */
final class JavadocMarkdown {
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "div", "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "blockquote", "hr",
          "section", "header", "footer", "article", "aside", "nav", "main", "figure", "figcaption",
          "center");

  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n\\s*");

  private final Deque<Container> open = new ArrayDeque<>();
  private final Deque<Span> spans = new ArrayDeque<>();
  private @Nullable StringBuilder pre;

  private JavadocMarkdown() {
    open.push(new Container(Container.Kind.ROOT, false));
  }

  /** The Markdown of {@code trees}, or {@code null} if they say nothing. */
  static @Nullable String render(List<? extends DocTree> trees) {
    JavadocMarkdown markdown = new JavadocMarkdown();
    markdown.append(trees);
    String result = markdown.finish().strip();
    return result.isEmpty() ? null : result;
  }

  private void append(List<? extends DocTree> trees) {
    for (DocTree tree : trees) {
      append(tree);
    }
  }

  private void append(DocTree tree) {
    if (tree.getKind().name().equals("MARKDOWN")) {
      // DocTree.Kind.MARKDOWN exists from JDK 23; its toString() is the Markdown source.
      raw(tree.toString());
      return;
    }
    switch (tree.getKind()) {
      case TEXT -> text(((TextTree) tree).getBody());
      case ENTITY -> text(Entities.decode(((EntityTree) tree).getName().toString()));
      case CODE -> code(((LiteralTree) tree).getBody().getBody());
      case LITERAL -> text(((LiteralTree) tree).getBody().getBody());
      case LINK -> link((LinkTree) tree, true);
      case LINK_PLAIN -> link((LinkTree) tree, false);
      case START_ELEMENT -> startElement((StartElementTree) tree);
      case END_ELEMENT -> endElement(((EndElementTree) tree).getName().toString().toLowerCase(Locale.ROOT));
      case ERRONEOUS -> text(((ErroneousTree) tree).getBody());
      case RETURN -> inlineReturn((ReturnTree) tree);
      case SUMMARY -> append(((SummaryTree) tree).getSummary());
      case INDEX -> text(((IndexTree) tree).getSearchTerm().toString());
      case VALUE -> valueReference((ValueTree) tree);
      case UNKNOWN_INLINE_TAG -> append(((UnknownInlineTagTree) tree).getContent());
      default -> {
        // {@inheritDoc}, {@docRoot}, HTML comments, {@snippet}: nothing a client can read.
      }
    }
  }

  private void text(String text) {
    if (pre != null) {
      pre.append(text);
      return;
    }
    String[] paragraphs = BLANK_LINE.split(text, -1);
    for (int i = 0; i < paragraphs.length; i++) {
      if (i > 0) {
        paragraph();
      }
      textOfOneParagraph(paragraphs[i]);
    }
  }

  private void textOfOneParagraph(String text) {
    String escaped = escape(text);
    inline(open.peek().inline.isEmpty() ? escapeBlockStart(escaped.stripLeading()) : escaped);
  }

  /** Escapes what would start a heading, list item, quote or rule at the start of a paragraph. */
  static String escapeBlockStart(String markdown) {
    if (markdown.matches("(?s)(#{1,6}|[+>-])(\\s.*)?")) {
      return "\\" + markdown;
    }
    return markdown.replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2");
  }

  /** Appends inline Markdown, with each run of white space (line breaks included) one space. */
  private void inline(String markdown) {
    StringBuilder out = open.peek().inline;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
        out.append(' ');
      }
    }
  }

  private void raw(String markdown) {
    if (pre != null) {
      pre.append(markdown);
      return;
    }
    open.peek().inline.append(markdown);
  }

  private void code(String code) {
    if (pre != null) {
      pre.append(code);
      return;
    }
    inline(codeSpan(code.replaceAll("\\s+", " ")));
  }

  private void link(LinkTree link, boolean code) {
    if (!link.getLabel().isEmpty()) {
      append(link.getLabel());
      return;
    }
    String readable = readable(link.getReference().getSignature());
    if (code) {
      code(readable);
    } else {
      text(readable);
    }
  }

  private void valueReference(ValueTree value) {
    if (value.getReference() != null) {
      code(readable(value.getReference().getSignature()));
    }
  }

  private void inlineReturn(ReturnTree tree) {
    // The Javadoc tool renders {@return x} as "Returns x."
    text("Returns ");
    append(tree.getDescription());
    text(".");
  }

  /** {@code Foo#bar(int)} as {@code Foo.bar}, {@code #bar} as {@code bar}. */
  static String readable(String reference) {
    String label = reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
    int paren = label.indexOf('(');
    return paren < 0 ? label : label.substring(0, paren);
  }

  private void startElement(StartElementTree element) {
    String name = element.getName().toString().toLowerCase(Locale.ROOT);
    if (pre != null) {
      return;
    }
    switch (name) {
      case "p" -> paragraph();
      case "br" -> lineBreak();
      case "ul", "ol" -> startList(name.equals("ol"));
      case "li" -> startItem();
      case "pre" -> {
        paragraph();
        pre = new StringBuilder();
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        paragraph();
        raw("#".repeat(name.charAt(1) - '0') + " ");
      }
      case "b", "strong", "i", "em", "code", "tt", "a" -> spans.push(new Span(name, open.peek().inline.length(), href(element)));
      default -> {
        if (BLOCK_TAGS.contains(name)) {
          paragraph();
        }
      }
    }
  }

  private void endElement(String name) {
    if (pre != null) {
      if (name.equals("pre")) {
        String code = pre.toString();
        pre = null;
        codeBlock(code);
      }
      return;
    }
    switch (name) {
      case "p" -> paragraph();
      case "ul", "ol" -> endList();
      case "li" -> endItem();
      case "h1", "h2", "h3", "h4", "h5", "h6" -> paragraph();
      case "b", "strong", "i", "em", "code", "tt", "a" -> endSpan(name);
      default -> {
        if (BLOCK_TAGS.contains(name)) {
          paragraph();
        }
      }
    }
  }

  private static @Nullable String href(StartElementTree element) {
    return element.getAttributes().stream()
        .filter(AttributeTree.class::isInstance)
        .map(AttributeTree.class::cast)
        .filter(a -> a.getName().contentEquals("href") && a.getValue() != null)
        .map(a -> a.getValue().stream().map(JavadocMarkdown::attributeText).reduce("", String::concat))
        .findFirst()
        .orElse(null);
  }

  private static String attributeText(DocTree tree) {
    return tree instanceof EntityTree entity ? Entities.decode(entity.getName().toString()) : tree.toString();
  }

  private void endSpan(String name) {
    Span span = spans.peek();
    if (span == null || !span.name().equals(name)) {
      return;
    }
    spans.pop();
    StringBuilder out = open.peek().inline;
    if (span.start() > out.length()) {
      return;
    }
    String written = out.substring(span.start());
    String content = written.strip();
    out.setLength(span.start());
    if (content.isEmpty()) {
      out.append(written.isEmpty() ? "" : " ");
      return;
    }
    String markdown =
        switch (name) {
          case "b", "strong" -> "**" + content + "**";
          case "i", "em" -> "*" + content + "*";
          case "code", "tt" -> codeSpan(unescape(content));
          default -> span.href() == null ? content : "[" + content + "](" + destination(span.href()) + ")";
        };
    // Emphasis must hug its text (CommonMark §6.2), so white space inside the tags moves outside.
    boolean spaceBefore = Character.isWhitespace(written.charAt(0)) && out.length() > 0 && out.charAt(out.length() - 1) != ' ';
    boolean spaceAfter = Character.isWhitespace(written.charAt(written.length() - 1));
    out.append(spaceBefore ? " " : "").append(markdown).append(spaceAfter ? " " : "");
  }

  private void lineBreak() {
    StringBuilder out = open.peek().inline;
    if (out.length() > 0) {
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      out.append("\\\n");
    }
  }

  /** Ends the paragraph being written, if there is one. */
  private void paragraph() {
    Container container = open.peek();
    String text = container.inline.toString().strip();
    container.inline.setLength(0);
    spans.clear();
    if (!text.isEmpty()) {
      container.blocks.add(text);
    }
  }

  private void startList(boolean ordered) {
    paragraph();
    open.push(new Container(Container.Kind.LIST, ordered));
  }

  private void startItem() {
    if (open.peek().kind == Container.Kind.ITEM) {
      endItem();
    }
    if (open.peek().kind != Container.Kind.LIST) {
      startList(false);
    }
    open.push(new Container(Container.Kind.ITEM, false));
  }

  private void endItem() {
    if (open.peek().kind != Container.Kind.ITEM) {
      return;
    }
    paragraph();
    Container item = open.pop();
    open.peek().items.add(item.blocks);
  }

  private void endList() {
    endItem();
    if (open.peek().kind != Container.Kind.LIST) {
      return;
    }
    Container list = open.pop();
    paragraph();
    boolean loose = list.items.stream().anyMatch(blocks -> blocks.size() > 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < list.items.size(); i++) {
      String marker = list.ordered ? (i + 1) + ". " : "- ";
      String item = String.join("\n\n", list.items.get(i));
      out.append(i == 0 ? "" : loose ? "\n\n" : "\n").append(marker).append(indent(item, marker.length()));
    }
    if (!out.isEmpty()) {
      open.peek().blocks.add(out.toString());
    }
  }

  private static String indent(String text, int width) {
    return text.replace("\n", "\n" + " ".repeat(width)).replaceAll("\n +\n", "\n\n");
  }

  private void codeBlock(String code) {
    String body = dedent(code);
    if (body.isBlank()) {
      return;
    }
    int fence = Math.max(3, longestRun(body, '`') + 1);
    raw("`".repeat(fence) + "\n" + body + "\n" + "`".repeat(fence));
    paragraph();
  }

  /** The lines of {@code code} without their common indentation and the blank lines around them. */
  private static String dedent(String code) {
    List<String> lines = new ArrayList<>(List.of(code.stripTrailing().split("\n", -1)));
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    int common =
        lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(out.isEmpty() ? "" : "\n").append(line.isBlank() ? "" : line.substring(common).stripTrailing());
    }
    return out.toString();
  }

  private String finish() {
    pre = null;
    while (open.peek().kind != Container.Kind.ROOT) {
      if (open.peek().kind == Container.Kind.ITEM) {
        endItem();
      } else {
        endList();
      }
    }
    paragraph();
    return String.join("\n\n", open.peek().blocks);
  }

  /**
   * A CommonMark code span of {@code code}: fenced by one backtick more than its longest run of
   * backticks, with a space inside the fence if it begins or ends with one (CommonMark §6.1).
   */
  static String codeSpan(String code) {
    String fence = "`".repeat(longestRun(code, '`') + 1);
    boolean pad = code.startsWith("`") || code.endsWith("`");
    return fence + (pad ? " " : "") + code + (pad ? " " : "") + fence;
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /**
   * {@code text} with a backslash before each character CommonMark would read as markup (§2.4):
   * emphasis, code, links, raw HTML, escapes, and {@code _} only where it can delimit emphasis, so
   * that {@code snake_case} stays readable.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean special =
          switch (c) {
            case '\\', '`', '*', '[', ']', '<' -> true;
            case '_' -> !(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1)));
            default -> false;
          };
      out.append(special ? "\\" : "").append(c);
    }
    return out.toString();
  }

  private static String unescape(String markdown) {
    return markdown.replaceAll("\\\\([\\\\`*\\[\\]<>_#+.)-])", "$1");
  }

  private static String destination(String href) {
    return href.contains(" ") || href.contains(")") || href.contains("(") ? "<" + href + ">" : href;
  }

  private record Span(String name, int start, @Nullable String href) {}

  private static final class Container {
    enum Kind {
      ROOT,
      LIST,
      ITEM
    }

    final Kind kind;
    final boolean ordered;
    final StringBuilder inline = new StringBuilder();
    final List<String> blocks = new ArrayList<>();
    final List<List<String>> items = new ArrayList<>();

    Container(Kind kind, boolean ordered) {
      this.kind = kind;
      this.ordered = ordered;
    }
  }
}
