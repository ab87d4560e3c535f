package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.InputTypeModel;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>_Input}: the method that turns graphql-java's coerced value of an input
 * type, a map of field values, into the record, by its canonical constructor.
 */
public final class InputsWriter {
  private InputsWriter() {}

  public static JavaFile write(InputTypeModel input) {
    ClassName record = input.javaType();
    CodeBlock.Builder arguments = CodeBlock.builder();
    List<ArgumentModel> fields = input.fields();
    for (int i = 0; i < fields.size(); i++) {
      ArgumentModel field = fields.get(i);
      arguments.add(i == 0 ? "\n" : ",\n").add(FetchersWriter.convert(field.conversion(), CodeBlock.of("fields.get($S)", field.name()), field.name(), 0));
    }
    MethodSpec from =
        MethodSpec.methodBuilder("from")
            .addJavadoc("The {@link $T} that graphql-java's value of input type {@code $L} describes; {@code null} for null.\n", record, input.name())
            .addAnnotation(FetchersWriter.suppressWarnings(List.of("unchecked")))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(record)
            .addParameter(Object.class, "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .addStatement(
                "$T fields = ($T) value",
                ParameterizedTypeName.get(Map.class, String.class, Object.class),
                ParameterizedTypeName.get(Map.class, String.class, Object.class))
            .addStatement("return new $T($>$L$<)", record, arguments.build())
            .build();
    TypeSpec type =
        TypeSpec.classBuilder(input.converterClass())
            .addJavadoc("Builds {@link $T} from values of the input type {@code $L}.\n", record, input.name())
            .addAnnotation(ReferencedTypes.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(from)
            .addOriginatingElement(input.source())
            .build();
    return JavaFile.builder(input.converterClass().packageName(), type).skipJavaLangImports(true).build();
  }
}
