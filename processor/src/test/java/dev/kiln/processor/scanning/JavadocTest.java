package dev.kiln.processor.scanning;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Javadoc rendered as Markdown descriptions, one construct per row: each comment is put on a method
 * of a class compiled by javac, and read as the processor reads it. In the rows, {@code |} stands
 * for a line break in the comment and {@code ¶} for one in the expected Markdown.
 */
class JavadocTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '"',
      textBlock =
          """
          linesOfAParagraphAreJoinedWithTheirIndentationDropped ~ Returns the hero of|    that particular episode. ~ Returns the hero of that particular episode.
          blankLinesSeparateParagraphs                        ~ One.||Two|  continued. ~ One.¶¶Two continued.
          pTagsSeparateParagraphs                             ~ One.|<p>Two.|<p>Three.</p> ~ One.¶¶Two.¶¶Three.
          unorderedListsBecomeMarkdownLists                   ~ Kinds:|<ul>|  <li>one,|      wrapped|  <li>two</li>|</ul>|After. ~ Kinds:¶¶- one, wrapped¶- two¶¶After.
          orderedListsAreNumbered                             ~ <ol><li>first</li><li>second</li></ol> ~ 1. first¶2. second
          nestedListsAreIndented                              ~ <ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul> ~ - a¶¶  - a1¶¶- b
          preBlocksBecomeFencedCodeKeepingTheirLayout         ~ Like this:|<pre>{@code|  query {|    hero { name }|  }|}</pre> ~ Like this:¶¶```¶query {¶  hero { name }¶}¶```
          codeBecomesACodeSpan                                ~ The {@code title} field. ~ The `title` field.
          codeWithBackticksGetsALongerFence                   ~ Write {@code a`b} here. ~ Write ``a`b`` here.
          codeStartingWithABacktickIsPadded                   ~ Quote {@code `x`} so. ~ Quote `` `x` `` so.
          codeTagsBecomeACodeSpan                             ~ The <code>List&lt;T&gt;</code> type. ~ The `List<T>` type.
          linkBecomesItsReferenceInCode                       ~ See {@link Shelf} and {@link Shelf#books(int)}. ~ See `Shelf` and `Shelf.books`.
          linkToAMemberOfThisClassIsItsName                   ~ See {@link #title}. ~ See `title`.
          linkWithALabelBecomesTheLabel                       ~ See {@link Shelf#books the books}. ~ See the books.
          linkplainIsPlainText                                ~ See {@linkplain Shelf#books}. ~ See Shelf.books.
          literalIsItsTextEscapedForMarkdown                  ~ Matches {@literal a*b<c>}. ~ Matches a\\*b\\<c>.
          entitiesAreDecoded                                  ~ A &lt;b&gt; &amp; c&#64;d&#x21;&nbsp;e &mdash; f ~ A \\<b> & c@d!\u00a0e \u2014 f
          boldAndStrongBecomeStrongEmphasis                   ~ A <b>bold</b> and <strong>strong</strong> word. ~ A **bold** and **strong** word.
          italicAndEmBecomeEmphasis                           ~ An <i>italic</i> and <em>emphasised</em> word. ~ An *italic* and *emphasised* word.
          spaceInsideEmphasisMovesOutside                     ~ A<b> bold </b>word. ~ A **bold** word.
          anchorsBecomeLinks                                  ~ Read <a href="https://spec.graphql.org/">the spec</a>. ~ Read [the spec](https://spec.graphql.org/).
          anchorsWithoutHrefKeepTheirText                     ~ A <a id="x">named</a> place. ~ A named place.
          brIsAHardLineBreak                                  ~ One<br>two. ~ One\\¶two.
          headingsBecomeMarkdownHeadings                      ~ <h2>Usage</h2>Text. ~ ## Usage¶¶Text.
          unknownInlineTagsAreDroppedKeepingTheirText         ~ A <span class="x">spanned</span> word<sup>2</sup>. ~ A spanned word2.
          unknownBlockTagsBreakTheParagraph                   ~ Before<div>inside</div>after. ~ Before¶¶inside¶¶after.
          markdownCharactersInTextAreEscaped                  ~ Use *args* and [x] or a_b_c and _x_. ~ Use \\*args\\* and \\[x\\] or a_b_c and \\_x\\_.
          listMarkersAtTheStartOfAParagraphAreEscaped         ~ - not a list.|<p>1. not a list either. ~ \\- not a list.¶¶1\\. not a list either.
          inlineReturnReadsAsTheJavadocToolWritesIt           ~ {@return the hero} ~ Returns the hero.
          codeTagsAtTheStartOfAParagraphAreNotEscaped         ~ <code># 1.</code> heads it. ~ `# 1.` heads it.
          htmlCommentsAreDropped                              ~ Kept<!-- dropped --> text. ~ Kept text.
          """)
  void mainTextIsRenderedAsMarkdown(String construct, String javadoc, String markdown) {
    assertThat(read(javadoc.strip(), Javadoc::body)).isEqualTo(expected(markdown));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      textBlock =
          """
          paramContinuationLinesAreJoined   ~ Hero.|@param episode the episode whose hero to return:|    the hero of that|    particular episode ~ the episode whose hero to return: the hero of that particular episode
          paramKeepsItsParagraphs           ~ Hero.|@param episode one.|    <p>two {@code x}. ~ one.¶¶two `x`.
          """)
  void paramsAreRenderedAsMarkdown(String construct, String javadoc, String markdown) {
    assertThat(read(javadoc.strip(), doc -> doc.params().get("episode"))).isEqualTo(expected(markdown));
  }

  @Test
  void returnContinuationLinesAreJoined() {
    assertThat(read("@return the hero of|    that particular episode", Javadoc::description))
        .isEqualTo("the hero of that particular episode");
  }

  @Test
  void deprecatedContinuationLinesAreJoinedAndCodeRendered() {
    assertThat(read("Old.|@deprecated use|    {@code hero} instead", Javadoc::deprecated)).isEqualTo("use `hero` instead");
  }

  @Test
  void typeParametersAreNotArguments() {
    assertThat(read("Hero.|@param <T> a type|@param episode the episode", doc -> String.join(",", doc.params().keySet())))
        .isEqualTo("episode");
  }

  @Test
  void withoutJavacsTreesTheTextIsReadWithParagraphsJoined() {
    String comment = "Returns the hero of|    that particular {@code episode}.||Two.|@param episode the|   episode";
    assertThat(readAsText(comment, Javadoc::body)).isEqualTo("Returns the hero of that particular `episode`.\n\nTwo.");
    assertThat(readAsText(comment, doc -> doc.params().get("episode"))).isEqualTo("the episode");
  }

  @Test
  void aCompilerOtherThanJavacHasNoTreesSoCommentsAreReadAsText() {
    ProcessingEnvironment notJavac =
        (ProcessingEnvironment)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> {
                  throw new UnsupportedOperationException(method.getName());
                });
    assertThat(DocComments.of(notJavac).hasTrees()).isFalse();
  }

  @Test
  @EnabledForJreRange(min = JRE.JAVA_23)
  void aMarkdownCommentIsPassedThroughWithItsLinksRendered() {
    String source = "/// A *hero*, see [String] and {@code x}.\n///\n/// - one\n/// - two\n///\n/// @param episode the\n///     episode\n";
    assertThat(probe(source, Javadoc::body, true, true)).isEqualTo("A *hero*, see `String` and `x`.\n\n- one\n- two");
    assertThat(probe(source, doc -> doc.params().get("episode"), true, true)).isEqualTo("the\n    episode");
  }

  private static @Nullable String expected(String markdown) {
    return markdown.strip().replace("¶", "\n").replace("\\\\", "\\");
  }

  private static @Nullable String read(String javadoc, Function<Javadoc, @Nullable String> facet) {
    return probe(javadoc, facet, true, false);
  }

  private static @Nullable String readAsText(String javadoc, Function<Javadoc, @Nullable String> facet) {
    return probe(javadoc, facet, false, false);
  }

  private static @Nullable String probe(
      String javadoc, Function<Javadoc, @Nullable String> facet, boolean trees, boolean markdown) {
    String comment =
        markdown
            ? javadoc
            : "  /**\n"
                + List.of(javadoc.split("\\|", -1)).stream()
                    .map(line -> "   *" + (line.isEmpty() ? "" : " " + line))
                    .collect(Collectors.joining("\n"))
                + "\n   */\n";
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Probe",
            "package test;\n"
                + "public class Probe {\n"
                + comment
                + "  public <T> String probe(String episode) { return null; }\n"
                + "}\n");
    List<@Nullable String> read = new ArrayList<>();
    Compilation compilation =
        javac()
            .withProcessors(
                new AbstractProcessor() {
                  @Override
                  public Set<String> getSupportedAnnotationTypes() {
                    return Set.of("*");
                  }

                  @Override
                  public SourceVersion getSupportedSourceVersion() {
                    return SourceVersion.latestSupported();
                  }

                  @Override
                  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                    TypeElement probe = processingEnv.getElementUtils().getTypeElement("test.Probe");
                    if (round.processingOver() || probe == null) {
                      return false;
                    }
                    DocComments docTrees = trees ? DocComments.of(processingEnv) : DocComments.withoutTrees();
                    Element method = ElementFilter.methodsIn(probe.getEnclosedElements()).get(0);
                    read.add(facet.apply(Javadoc.of(docTrees, processingEnv.getElementUtils(), method)));
                    return false;
                  }
                })
            .compile(source);
    assertThat(compilation).succeeded();
    assertThat(read).hasSize(1);
    return read.get(0);
  }
}
