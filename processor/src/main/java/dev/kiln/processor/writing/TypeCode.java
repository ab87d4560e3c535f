package dev.kiln.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.Literal;
import dev.kiln.processor.model.TypeRef;
import java.math.BigDecimal;

/** Types as generated code writes them, and Java expressions that build literal values. */
final class TypeCode {
  private TypeCode() {}

  /** The type as SDL writes it, {@code [Size!]!}, which the runtime's {@code SchemaElements} reads. */
  static String sdl(TypeRef type) {
    String inner = type instanceof TypeRef.ListOf list ? "[" + sdl(list.element()) + "]" : ((TypeRef.Named) type).name();
    return type.nonNull() ? inner + "!" : inner;
  }

  static CodeBlock literal(Literal literal) {
    if (literal instanceof Literal.IntLiteral i) {
      return CodeBlock.of("$T.of($L)", ReferencedTypes.INT_VALUE, i.digits());
    }
    if (literal instanceof Literal.FloatLiteral f) {
      return CodeBlock.of("new $T(new $T($S))", ReferencedTypes.FLOAT_VALUE, BigDecimal.class, f.text());
    }
    if (literal instanceof Literal.StringLiteral s) {
      return CodeBlock.of("$T.of($S)", ReferencedTypes.STRING_VALUE, s.value());
    }
    if (literal instanceof Literal.BooleanLiteral b) {
      return CodeBlock.of("$T.of($L)", ReferencedTypes.BOOLEAN_VALUE, b.value());
    }
    if (literal instanceof Literal.EnumLiteral e) {
      return CodeBlock.of("$T.of($S)", ReferencedTypes.ENUM_LITERAL, e.name());
    }
    if (literal instanceof Literal.ListLiteral list) {
      CodeBlock.Builder code = CodeBlock.builder().add("$T.newArrayValue()", ReferencedTypes.ARRAY_VALUE);
      for (Literal element : list.elements()) {
        code.add(".value($L)", literal(element));
      }
      return code.add(".build()").build();
    }
    return CodeBlock.of("$T.of()", ReferencedTypes.NULL_VALUE);
  }
}
