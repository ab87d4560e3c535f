package dev.kiln.runtime.internal;

import dev.kiln.runtime.scalars.KilnScalars;
import graphql.Scalars;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds the schema's regular parts from a compact form, so that the generated module spends one
 * short call per field instead of a builder chain. A type is written as in SDL: {@code "[Size!]!"}.
 * The built-in scalars and Kiln's own ({@link KilnScalars}) are the scalar objects themselves;
 * every other name is a {@link GraphQLTypeReference}, which the schema build resolves.
 */
public final class SchemaElements {
  private static final Map<String, GraphQLScalarType> SCALARS =
      Map.ofEntries(
          Map.entry("String", Scalars.GraphQLString),
          Map.entry("Int", Scalars.GraphQLInt),
          Map.entry("Float", Scalars.GraphQLFloat),
          Map.entry("Boolean", Scalars.GraphQLBoolean),
          Map.entry("ID", Scalars.GraphQLID),
          Map.entry("Long", KilnScalars.LONG),
          Map.entry("BigInteger", KilnScalars.BIG_INTEGER),
          Map.entry("BigDecimal", KilnScalars.BIG_DECIMAL),
          Map.entry("UUID", KilnScalars.UUID),
          Map.entry("Date", KilnScalars.DATE),
          Map.entry("DateTime", KilnScalars.DATE_TIME),
          Map.entry("URL", KilnScalars.URL));

  private SchemaElements() {}

  /** An object type of {@code fields}, implementing no interface. */
  public static GraphQLObjectType object(String name, @Nullable String description, GraphQLFieldDefinition... fields) {
    return GraphQLObjectType.newObject().name(name).description(description).fields(List.of(fields)).build();
  }

  /**
   * An object type implementing no interface whose fields take no arguments, given as a table:
   * {@code fields} holds, for each field, its name, its type in SDL notation and its description
   * (or {@code null}). A table of string constants compiles much faster than a call per field.
   */
  public static GraphQLObjectType plainObject(String name, @Nullable String description, @Nullable String... fields) {
    if (fields.length % 3 != 0) {
      throw new IllegalArgumentException("Fields of " + name + " come in threes (name, type, description), not " + fields.length);
    }
    GraphQLObjectType.Builder object = GraphQLObjectType.newObject().name(name).description(description);
    for (int i = 0; i < fields.length; i += 3) {
      object.field(
          GraphQLFieldDefinition.newFieldDefinition()
              .name(Objects.requireNonNull(fields[i], "field name"))
              .description(fields[i + 2])
              .type(outputType(Objects.requireNonNull(fields[i + 1], "field type")))
              .build());
    }
    return object.build();
  }

  /** A field of type {@code type} (SDL notation), with {@code arguments}. */
  public static GraphQLFieldDefinition field(
      String name, @Nullable String description, String type, GraphQLArgument... arguments) {
    GraphQLFieldDefinition.Builder field =
        GraphQLFieldDefinition.newFieldDefinition().name(name).description(description).type(outputType(type));
    for (GraphQLArgument argument : arguments) {
      field.argument(argument);
    }
    return field.build();
  }

  /** An argument of type {@code type} (SDL notation), with no default value. */
  public static GraphQLArgument argument(String name, @Nullable String description, String type) {
    return GraphQLArgument.newArgument().name(name).description(description).type(inputType(type)).build();
  }

  /** An argument of type {@code type} (SDL notation) whose default is {@code defaultValue}. */
  public static GraphQLArgument argument(String name, @Nullable String description, String type, Value<?> defaultValue) {
    return GraphQLArgument.newArgument()
        .name(name)
        .description(description)
        .type(inputType(type))
        .defaultValueLiteral(defaultValue)
        .build();
  }

  /** The output type written {@code type} in SDL notation. */
  public static GraphQLOutputType outputType(String type) {
    return (GraphQLOutputType) type(type, 0, type.length());
  }

  /** The input type written {@code type} in SDL notation. */
  public static GraphQLInputType inputType(String type) {
    return (GraphQLInputType) type(type, 0, type.length());
  }

  private static GraphQLType type(String text, int start, int end) {
    if (end > start + 1 && text.charAt(end - 1) == '!') {
      return GraphQLNonNull.nonNull(type(text, start, end - 1));
    }
    if (end > start + 2 && text.charAt(start) == '[' && text.charAt(end - 1) == ']') {
      return GraphQLList.list(type(text, start + 1, end - 1));
    }
    String name = text.substring(start, end);
    if (name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(']') >= 0 || name.indexOf('!') >= 0) {
      throw new IllegalArgumentException("Not a GraphQL type: \"" + text + "\"");
    }
    GraphQLScalarType scalar = SCALARS.get(name);
    return scalar != null ? scalar : GraphQLTypeReference.typeRef(name);
  }
}
