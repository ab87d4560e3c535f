package dev.kiln.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.EnumTypeModel;
import dev.kiln.processor.model.InputTypeModel;
import dev.kiln.processor.model.InterfaceTypeModel;
import dev.kiln.processor.model.UnionTypeModel;
import dev.kiln.processor.model.LoaderModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.scanning.UpstreamModules;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code @ModuleIndex} class through which compilations that depend on this one find its
 * types, loaders and schema (see {@link UpstreamModules}).
 */
public final class IndexWriter {
  /** Characters per piece of the schema: at most three bytes each, within a string constant's 65,535. */
  private static final int CHUNK = 16_000;
  private static final ClassName MODULE_INDEX = ClassName.get(ReferencedTypes.RUNTIME_SPI, "ModuleIndex");

  private IndexWriter() {}

  /** The index of {@code model}, whose own schema, without upstream modules', is {@code sdl}. */
  public static JavaFile write(SchemaModel model, String sdl) {
    ClassName index = UpstreamModules.indexClass(model.module());
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(MODULE_INDEX).addMember("module", "$S", model.module().canonicalName());
    for (int start = 0; start < sdl.length(); start += CHUNK) {
      annotation.addMember("schema", "$L", oneLineLiteral(sdl.substring(start, Math.min(sdl.length(), start + CHUNK))));
    }
    if (sdl.isEmpty()) {
      annotation.addMember("schema", "$S", "");
    }
    List<String> javaTypes =
        java.util.stream.Stream.of(
                model.objectTypes().stream().map(ObjectTypeModel::javaType),
                model.enumTypes().stream().map(EnumTypeModel::javaType),
                model.interfaceTypes().stream().map(InterfaceTypeModel::javaType),
                model.unionTypes().stream().map(UnionTypeModel::javaType),
                model.inputTypes().stream().map(InputTypeModel::javaType))
            .flatMap(s -> s)
            .map(ClassName::canonicalName)
            .sorted()
            .toList();
    List<String> graphQLTypes =
        java.util.stream.Stream.of(
                model.objectTypes().stream().map(ObjectTypeModel::name),
                model.enumTypes().stream().map(EnumTypeModel::name),
                model.interfaceTypes().stream().map(InterfaceTypeModel::name),
                model.unionTypes().stream().map(UnionTypeModel::name),
                model.inputTypes().stream().map(InputTypeModel::name))
            .flatMap(s -> s)
            .sorted()
            .toList();
    javaTypes.forEach(type -> annotation.addMember("javaTypes", "$S", type));
    graphQLTypes.forEach(type -> annotation.addMember("graphQLTypes", "$S", type));
    for (LoaderModel loader : model.loaders()) {
      annotation.addMember("loaders", "$S", loader.name() + "|" + loader.keyType() + "|" + loader.valueType());
    }
    if (javaTypes.isEmpty()) {
      annotation.addMember("javaTypes", "{}");
      annotation.addMember("graphQLTypes", "{}");
    }
    if (model.loaders().isEmpty()) {
      annotation.addMember("loaders", "{}");
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(index)
            .addJavadoc("What {@link $L} contributes to the schema, for compilations that depend on it.\n", model.module().canonicalName())
            .addAnnotation(annotation.build())
            .addAnnotation(ReferencedTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    model.objectTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.enumTypes().forEach(t -> type.addOriginatingElement(t.source()));
    model.hosts().forEach(h -> type.addOriginatingElement(h.source()));
    model.loaderHosts().forEach(h -> type.addOriginatingElement(h.source()));
    return JavaFile.builder(index.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /**
   * {@code text} as one Java string literal on one line. JavaPoet's {@code $S} writes a string with
   * line breaks as a concatenation of one literal per line, which for a schema is thousands of
   * lines and a long constant fold for {@code javac}.
   */
  static String oneLineLiteral(String text) {
    StringBuilder literal = new StringBuilder(text.length() + text.length() / 8 + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            // Three octal digits, so that a digit after it is not read as part of it; a Unicode
            // escape would be read before the literal is, as the character itself.
            literal.append('\\').append(String.format(Locale.ROOT, "%03o", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }
}
