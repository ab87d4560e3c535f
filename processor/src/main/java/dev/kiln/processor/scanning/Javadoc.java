package dev.kiln.processor.scanning;

import com.sun.source.doctree.DeprecatedTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a Javadoc comment that become GraphQL descriptions: the main text, {@code @param}
 * tags, {@code @return} and {@code @deprecated}, each rendered as the Markdown that GraphQL
 * descriptions are (spec §2.2) by {@link JavadocMarkdown}, from javac's own parse of the comment.
 * Where that parse is not available (a compiler other than javac), the comment's text is read
 * instead: lines joined into paragraphs, {@code {@code x}} as {@code `x`}, {@code {@link Foo}} as
 * {@code Foo}.
 */
record Javadoc(
    @Nullable String body,
    Map<String, String> params,
    @Nullable String returns,
    @Nullable String deprecated) {

  private static final Javadoc EMPTY = new Javadoc(null, Map.of(), null, null);
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^@(\\w+)\\s*");
  private static final Pattern CODE = Pattern.compile("\\{@(?:code|literal)\\s+([^}]*)}");
  private static final Pattern LINK = Pattern.compile("\\{@(?:link|linkplain)\\s+([^}\\s]*)(?:\\s+([^}]*))?}");
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|<[pP]>");

  static Javadoc of(DocComments comments, Elements elements, Element element) {
    DocCommentTree tree = comments.of(element);
    if (tree != null) {
      return of(tree);
    }
    String comment = elements.getDocComment(element);
    return comment == null ? EMPTY : parse(comment);
  }

  static Javadoc of(DocCommentTree comment) {
    Map<String, String> params = new LinkedHashMap<>();
    String returns = null;
    String deprecated = null;
    for (DocTree tag : comment.getBlockTags()) {
      switch (tag.getKind()) {
        case PARAM -> {
          ParamTree param = (ParamTree) tag;
          String description = JavadocMarkdown.render(param.getDescription());
          if (!param.isTypeParameter() && description != null) {
            params.put(param.getName().getName().toString(), description);
          }
        }
        case RETURN -> returns = JavadocMarkdown.render(((ReturnTree) tag).getDescription());
        case DEPRECATED -> deprecated = JavadocMarkdown.render(((DeprecatedTree) tag).getBody());
        default -> {}
      }
    }
    return new Javadoc(JavadocMarkdown.render(comment.getFullBody()), params, returns, deprecated);
  }

  /** The comment's text read without javac's trees: the fallback for other compilers. */
  static Javadoc parse(String comment) {
    String text = stripLeadingSpace(comment);
    Matcher tag = BLOCK_TAG.matcher(text);
    String body = null;
    Map<String, String> params = new LinkedHashMap<>();
    String returns = null;
    String deprecated = null;
    int bodyEnd = tag.find() ? tag.start() : text.length();
    body = clean(text.substring(0, bodyEnd));
    tag.reset();
    boolean found = tag.find();
    while (found) {
      String name = tag.group(1);
      int start = tag.end();
      found = tag.find();
      String content = text.substring(start, found ? tag.start() : text.length());
      switch (name) {
        case "param" -> {
          String[] parts = content.strip().split("\\s+", 2);
          if (parts.length == 2 && !parts[0].startsWith("<")) {
            params.put(parts[0], clean(parts[1]));
          }
        }
        case "return" -> returns = clean(content);
        case "deprecated" -> deprecated = clean(content);
        default -> {}
      }
    }
    return new Javadoc(body, params, returns, deprecated);
  }

  /** The description of a field or type: the main text, or else the {@code @return} text. */
  @Nullable String description() {
    return body != null ? body : returns;
  }

  private static String stripLeadingSpace(String comment) {
    StringBuilder out = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      out.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
    }
    return out.toString();
  }

  private static @Nullable String clean(String text) {
    String rendered = CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(JavadocMarkdown.codeSpan(m.group(1))));
    rendered =
        LINK.matcher(rendered)
            .replaceAll(
                m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : JavadocMarkdown.readable(m.group(1))));
    StringBuilder out = new StringBuilder();
    for (String paragraph : PARAGRAPH.split(rendered)) {
      String joined = paragraph.strip().replaceAll("\\s+", " ");
      out.append(out.isEmpty() || joined.isEmpty() ? "" : "\n\n").append(joined);
    }
    String result = out.toString().strip();
    return result.isEmpty() ? null : result;
  }
}
