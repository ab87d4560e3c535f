package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.Invocation;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes a package's {@code <Module>_PropertyReads}: the data fetchers of every field of the
 * package that only reads a record component or a Java field of its source. Each nested {@code
 * Part} is one {@code FieldFetchers} of at most {@value FetchersWriter#CASES_PER_SWITCH} fields, so
 * no switch, method or constant pool grows with the schema; the reads of a schema of 1,000 types
 * are some fifty small classes instead of one class per type.
 */
public final class PropertyReadsWriter {
  private static final ClassName FIELD_FETCHERS = ClassName.get(ReferencedTypes.RUNTIME_SPI, "FieldFetchers");
  private static final TypeName ENVIRONMENT_SUPPLIER = ParameterizedTypeName.get(ClassName.get(Supplier.class), ReferencedTypes.ENVIRONMENT);

  private PropertyReadsWriter() {}

  public static JavaFile write(FetcherPlan.PropertyReads reads) {
    ClassName className = reads.className();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className)
            .addJavadoc("Data fetchers for the fields of this package's types that read a record component or a Java field.\n")
            .addAnnotation(ReferencedTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    reads.sources().forEach(type::addOriginatingElement);
    MethodSpec.Builder register =
        MethodSpec.methodBuilder("register")
            .addJavadoc("Registers the data fetchers of the fields that read a record component or a Java field.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ReferencedTypes.SCHEMA_CONTRIBUTION, "contribution");
    List<FetcherPlan.Read> all = reads.reads();
    for (int first = 0, part = 0; first < all.size(); first += FetchersWriter.CASES_PER_SWITCH, part++) {
      TypeSpec nested = part("Part" + part, all.subList(first, Math.min(all.size(), first + FetchersWriter.CASES_PER_SWITCH)));
      type.addType(nested);
      register.addStatement("contribution.propertyReads(new $N(), 0, $L)", nested, coordinates(all.subList(first, Math.min(all.size(), first + FetchersWriter.CASES_PER_SWITCH))));
    }
    type.addMethod(register.build());
    return JavaFile.builder(className.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static TypeSpec part(String name, List<FetcherPlan.Read> reads) {
    TypeSpec.Builder part =
        TypeSpec.classBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).addSuperinterface(FIELD_FETCHERS);
    if (reads.stream().anyMatch(r -> r.field().deprecationReason() != null)) {
      part.addAnnotation(FetchersWriter.suppressWarnings(List.of("deprecation")));
    }
    CodeBlock.Builder code = CodeBlock.builder().add("return switch (field) {\n").indent();
    for (int i = 0; i < reads.size(); i++) {
      code.add("case $L -> $L;\n", i, read(reads.get(i)));
    }
    code.add("default -> throw new $T($S + field);\n", IllegalArgumentException.class, "No field number ");
    code.unindent().add("};\n");
    part.addMethod(
        MethodSpec.methodBuilder("fetch")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(TypeName.INT, "field")
            .addParameter(Object.class, "source")
            .addParameter(ENVIRONMENT_SUPPLIER, "environment")
            .addCode(code.build())
            .build());
    return part.build();
  }

  private static CodeBlock read(FetcherPlan.Read read) {
    FieldModel field = read.field();
    if (field.invocation() instanceof Invocation.ReadField readField) {
      return CodeBlock.of("(($T) source).$N", read.sourceType(), readField.fieldName());
    }
    Invocation.CallMethod call = (Invocation.CallMethod) field.invocation();
    return CodeBlock.of("(($T) source).$N()", read.sourceType(), call.methodName());
  }

  private static CodeBlock coordinates(List<FetcherPlan.Read> reads) {
    return reads.stream().map(r -> CodeBlock.of("$S", r.field().parentType() + "." + r.field().name())).collect(CodeBlock.joining(",$W"));
  }
}
