package dev.kiln.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.BuiltInScalar;
import dev.kiln.processor.model.ExtendedScalar;
import dev.kiln.processor.model.Literal;
import dev.kiln.processor.model.TypeRef;
import java.math.BigDecimal;
import java.util.Optional;

/** Java expressions that build graphql-java type references and literal values. */
final class TypeCode {
  private TypeCode() {}

  static CodeBlock type(TypeRef type) {
    CodeBlock inner;
    if (type instanceof TypeRef.ListOf list) {
      inner = CodeBlock.of("$T.list($L)", ReferencedTypes.LIST, type(list.element()));
    } else {
      String name = ((TypeRef.Named) type).name();
      Optional<BuiltInScalar> scalar = BuiltInScalar.named(name);
      Optional<ExtendedScalar> extended = ExtendedScalar.named(name);
      if (scalar.isPresent()) {
        inner = CodeBlock.of("$T.$N", ReferencedTypes.SCALARS, scalar.get().graphQLJavaConstant());
      } else if (extended.isPresent()) {
        inner = CodeBlock.of("$T.$N", ReferencedTypes.KILN_SCALARS, extended.get().constant());
      } else {
        inner = CodeBlock.of("$T.typeRef($S)", ReferencedTypes.TYPE_REFERENCE, name);
      }
    }
    return type.nonNull() ? CodeBlock.of("$T.nonNull($L)", ReferencedTypes.NON_NULL, inner) : inner;
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
