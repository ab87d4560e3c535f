package dev.kiln.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The graphql-java, Kiln runtime and JDK classes that generated code refers to. */
final class ReferencedTypes {
  private ReferencedTypes() {}

  static final String RUNTIME_SPI = "dev.kiln.runtime.spi";
  static final String RUNTIME_INTERNAL = "dev.kiln.runtime.internal";
  static final ClassName KILN_MODULE = ClassName.get(RUNTIME_SPI, "KilnModule");
  static final ClassName SCHEMA_CONTRIBUTION = ClassName.get(RUNTIME_SPI, "SchemaContribution");
  static final ClassName FETCHER_SUPPORT = ClassName.get(RUNTIME_INTERNAL, "FetcherSupport");
  static final ClassName LOADER_SUPPORT = ClassName.get(RUNTIME_INTERNAL, "LoaderSupport");
  static final ClassName BATCH_KEY = ClassName.get(RUNTIME_SPI, "BatchKey");

  static final ClassName BATCH_LOADER = ClassName.get("org.dataloader", "BatchLoaderWithContext");
  static final ClassName BATCH_LOADER_ENVIRONMENT = ClassName.get("org.dataloader", "BatchLoaderEnvironment");
  static final ClassName DATA_LOADER_FACTORY = ClassName.get("org.dataloader", "DataLoaderFactory");
  static final ClassName TRY = ClassName.get("org.dataloader", "Try");

  static final ClassName SCALARS = ClassName.get("graphql", "Scalars");
  static final ClassName DIRECTIVES = ClassName.get("graphql", "Directives");
  static final ClassName KILN_SCALARS = ClassName.get("dev.kiln.runtime.scalars", "KilnScalars");
  static final ClassName OBJECT_TYPE = ClassName.get("graphql.schema", "GraphQLObjectType");
  static final ClassName ENUM_TYPE = ClassName.get("graphql.schema", "GraphQLEnumType");
  static final ClassName INPUT_OBJECT_TYPE = ClassName.get("graphql.schema", "GraphQLInputObjectType");
  static final ClassName INPUT_OBJECT_FIELD = ClassName.get("graphql.schema", "GraphQLInputObjectField");
  static final ClassName SCALAR_TYPE = ClassName.get("graphql.schema", "GraphQLScalarType");
  static final ClassName INTERFACE_TYPE = ClassName.get("graphql.schema", "GraphQLInterfaceType");
  static final ClassName UNION_TYPE = ClassName.get("graphql.schema", "GraphQLUnionType");
  static final ClassName TYPE_RESOLUTION_ENVIRONMENT = ClassName.get("graphql", "TypeResolutionEnvironment");
  static final ClassName UNRESOLVED_TYPE_EXCEPTION = ClassName.get("graphql.execution", "UnresolvedTypeException");
  static final ClassName NAMED_OUTPUT_TYPE = ClassName.get("graphql.schema", "GraphQLNamedOutputType");
  static final ClassName ENUM_VALUE = ClassName.get("graphql.schema", "GraphQLEnumValueDefinition");
  static final ClassName FIELD_DEFINITION = ClassName.get("graphql.schema", "GraphQLFieldDefinition");
  static final ClassName ARGUMENT = ClassName.get("graphql.schema", "GraphQLArgument");
  static final ClassName NON_NULL = ClassName.get("graphql.schema", "GraphQLNonNull");
  static final ClassName LIST = ClassName.get("graphql.schema", "GraphQLList");
  static final ClassName TYPE_REFERENCE = ClassName.get("graphql.schema", "GraphQLTypeReference");
  static final ClassName FIELD_COORDINATES = ClassName.get("graphql.schema", "FieldCoordinates");
  static final ClassName LIGHT_DATA_FETCHER = ClassName.get("graphql.schema", "LightDataFetcher");
  static final ClassName PROPERTY_READ = ClassName.get(RUNTIME_SPI, "PropertyRead");
  static final ClassName ENVIRONMENT = ClassName.get("graphql.schema", "DataFetchingEnvironment");

  static final ClassName INT_VALUE = ClassName.get("graphql.language", "IntValue");
  static final ClassName FLOAT_VALUE = ClassName.get("graphql.language", "FloatValue");
  static final ClassName STRING_VALUE = ClassName.get("graphql.language", "StringValue");
  static final ClassName BOOLEAN_VALUE = ClassName.get("graphql.language", "BooleanValue");
  static final ClassName ENUM_LITERAL = ClassName.get("graphql.language", "EnumValue");
  static final ClassName NULL_VALUE = ClassName.get("graphql.language", "NullValue");
  static final ClassName ARRAY_VALUE = ClassName.get("graphql.language", "ArrayValue");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.kiln.processor.KilnProcessor";

  /** {@code @Generated("dev.kiln.processor.KilnProcessor")}, on every generated class: no date, no path. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }
}
