package dev.kiln.processor.writing;

import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.CustomScalarModel;
import dev.kiln.processor.model.EnumTypeModel;
import dev.kiln.processor.model.ExtendedScalar;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.GraphQLStrings;
import dev.kiln.processor.model.InputTypeModel;
import dev.kiln.processor.model.InterfaceTypeModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.model.UnionTypeModel;
import dev.kiln.runtime.internal.NodeDefinition;
import dev.kiln.runtime.scalars.KilnScalars;
import graphql.schema.GraphQLScalarType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Prints the schema in GraphQL SDL: {@code Query}, {@code Mutation}, {@code Subscription}, then every other type by
 * name; fields and enum values in declaration order. Reads only the model, so the same model
 * always prints the same bytes.
 */
public final class SdlWriter {
  private SdlWriter() {}

  /**
   * The schema of this compilation together with the modules it depends on: what the runtime
   * serves when it loads them all.
   */
  public static String writeWithUpstream(SchemaModel model) {
    String own = write(model);
    if (model.upstream().isEmpty()) {
      return own;
    }
    List<String> schemas = new java.util.ArrayList<>();
    schemas.add(own);
    model.upstream().forEach(module -> schemas.add(module.schema()));
    return SchemaMerger.merge(schemas);
  }

  /**
   * {@code sdl} with the definition of {@code @defer} first, as graphql-java 26 declares it (and
   * every schema it builds has it): for a runtime that executes {@code @defer} incrementally, so
   * that client tools reading {@code schema.graphql} know the directive.
   */
  public static String withDefer(String sdl) {
    return DEFER + "\n" + sdl;
  }

  private static final String DEFER =
      """
      "This directive allows results to be deferred during execution"
      directive @defer(
        "Deferred behaviour is controlled by this argument"
        if: Boolean! = true
        "A unique label that represents the fragment being deferred"
        label: String
      ) on FRAGMENT_SPREAD | INLINE_FRAGMENT
      """;

  /** The schema of this compilation's own types and fields. */
  public static String write(SchemaModel model) {
    StringBuilder out = new StringBuilder();
    rootType(out, "Query", model.queryFields(), NodeSdl.used(model) ? NodeSdl.rootFields() : "");
    rootType(out, "Mutation", model.mutationFields(), "");
    rootType(out, "Subscription", model.subscriptionFields(), "");
    Map<String, Runnable> types = new TreeMap<>();
    for (ObjectTypeModel type : model.objectTypes()) {
      types.put(type.name(), () -> fieldsType(out, "type", type.name(), type.description(), type.interfaces(), type.fields()));
    }
    for (InterfaceTypeModel type : model.interfaceTypes()) {
      types.put(type.name(), () -> fieldsType(out, "interface", type.name(), type.description(), type.interfaces(), type.fields()));
    }
    for (UnionTypeModel type : model.unionTypes()) {
      types.put(type.name(), () -> unionType(out, type));
    }
    for (EnumTypeModel type : model.enumTypes()) {
      types.put(type.name(), () -> enumType(out, type));
    }
    for (InputTypeModel input : model.inputTypes()) {
      types.put(input.name(), () -> inputType(out, input));
    }
    for (CustomScalarModel scalar : model.customScalars()) {
      types.put(scalar.name(), () -> scalarDefinition(out, scalar.name(), scalar.description(), scalar.specifiedBy()));
    }
    if (NodeSdl.used(model)) {
      types.put(NodeDefinition.INTERFACE, () -> {
        separate(out);
        out.append(NodeSdl.INTERFACE);
      });
    }
    for (ExtendedScalar scalar : usedScalars(model)) {
      types.put(scalar.graphQLName(), () -> scalarType(out, scalar));
    }
    types.values().forEach(Runnable::run);
    return out.toString();
  }

  /** A root type; {@code trailingFields}, already printed, end it. */
  private static void rootType(StringBuilder out, String name, List<FieldModel> fields, String trailingFields) {
    if (!fields.isEmpty()) {
      fieldsType(out, "type", name, null, List.of(), fields);
      out.insert(out.length() - "}\n".length(), trailingFields);
    }
  }

  private static void fieldsType(
      StringBuilder out, String keyword, String name, @Nullable String description, List<String> interfaces, List<FieldModel> fields) {
    separate(out);
    description(out, "", description);
    out.append(keyword).append(' ').append(name);
    if (!interfaces.isEmpty()) {
      out.append(" implements ").append(String.join(" & ", interfaces));
    }
    out.append(" {\n");
    for (FieldModel field : fields) {
      description(out, "  ", field.description());
      out.append("  ").append(field.name());
      arguments(out, field.arguments());
      out.append(": ").append(field.type());
      deprecated(out, field.deprecationReason());
      out.append('\n');
    }
    out.append("}\n");
  }

  private static void arguments(StringBuilder out, List<ArgumentModel> arguments) {
    if (arguments.isEmpty()) {
      return;
    }
    boolean described = arguments.stream().anyMatch(a -> a.description() != null);
    out.append('(');
    for (int i = 0; i < arguments.size(); i++) {
      ArgumentModel argument = arguments.get(i);
      if (described) {
        out.append('\n');
        description(out, "    ", argument.description());
        out.append("    ");
      } else if (i > 0) {
        out.append(", ");
      }
      out.append(argument.name()).append(": ").append(argument.type());
      if (argument.defaultValue() != null) {
        out.append(" = ").append(argument.defaultValue().print());
      }
    }
    out.append(described ? "\n  )" : ")");
  }

  private static void enumType(StringBuilder out, EnumTypeModel type) {
    separate(out);
    description(out, "", type.description());
    out.append("enum ").append(type.name()).append(" {\n");
    for (EnumTypeModel.Value value : type.values()) {
      description(out, "  ", value.description());
      out.append("  ").append(value.name());
      deprecated(out, value.deprecationReason());
      out.append('\n');
    }
    out.append("}\n");
  }

  private static void inputType(StringBuilder out, InputTypeModel input) {
    separate(out);
    description(out, "", input.description());
    out.append("input ").append(input.name()).append(input.oneOf() ? " @oneOf {\n" : " {\n");
    for (ArgumentModel field : input.fields()) {
      description(out, "  ", field.description());
      out.append("  ").append(field.name()).append(": ").append(field.type());
      if (field.defaultValue() != null) {
        out.append(" = ").append(field.defaultValue().print());
      }
      out.append('\n');
    }
    out.append("}\n");
  }

  private static void unionType(StringBuilder out, UnionTypeModel type) {
    separate(out);
    description(out, "", type.description());
    out.append("union ").append(type.name()).append(" = ");
    out.append(String.join(" | ", type.members().stream().map(ObjectTypeModel::name).toList())).append('\n');
  }

  /** The extended scalars the schema's fields and arguments use. */
  private static Set<ExtendedScalar> usedScalars(SchemaModel model) {
    Set<ExtendedScalar> used = EnumSet.noneOf(ExtendedScalar.class);
    List<List<FieldModel>> groups = new ArrayList<>(List.of(model.queryFields(), model.mutationFields(), model.subscriptionFields()));
    model.objectTypes().forEach(type -> groups.add(type.fields()));
    model.interfaceTypes().forEach(type -> groups.add(type.fields()));
    for (List<FieldModel> fields : groups) {
      for (FieldModel field : fields) {
        ExtendedScalar.named(field.type().innermost().name()).ifPresent(used::add);
        field.arguments().forEach(argument -> ExtendedScalar.named(argument.type().innermost().name()).ifPresent(used::add));
      }
    }
    for (InputTypeModel input : model.inputTypes()) {
      input.fields().forEach(field -> ExtendedScalar.named(field.type().innermost().name()).ifPresent(used::add));
    }
    return used;
  }

  /** A scalar as the runtime defines it: the description and {@code @specifiedBy} come from there. */
  private static void scalarType(StringBuilder out, ExtendedScalar scalar) {
    GraphQLScalarType type = KilnScalars.named(scalar.graphQLName()).orElseThrow();
    scalarDefinition(out, type.getName(), type.getDescription(), type.getSpecifiedByUrl());
  }

  private static void scalarDefinition(StringBuilder out, String name, @Nullable String description, @Nullable String specifiedBy) {
    separate(out);
    description(out, "", description);
    out.append("scalar ").append(name);
    if (specifiedBy != null) {
      out.append(" @specifiedBy(url: ").append(GraphQLStrings.quote(specifiedBy)).append(')');
    }
    out.append('\n');
  }

  private static void deprecated(StringBuilder out, @Nullable String reason) {
    if (reason != null) {
      out.append(" @deprecated(reason: ").append(GraphQLStrings.quote(reason)).append(')');
    }
  }

  /** A one-line description as a string, a longer one as a block string (spec §2.9.4). */
  private static void description(StringBuilder out, String indent, @Nullable String description) {
    if (description == null) {
      return;
    }
    if (!description.contains("\n")) {
      out.append(indent).append(GraphQLStrings.quote(description)).append('\n');
      return;
    }
    out.append(indent).append("\"\"\"\n");
    for (String line : description.replace("\"\"\"", "\\\"\"\"").split("\n", -1)) {
      out.append(line.isEmpty() ? "" : indent).append(line).append('\n');
    }
    out.append(indent).append("\"\"\"\n");
  }

  private static void separate(StringBuilder out) {
    if (out.length() > 0) {
      out.append('\n');
    }
  }
}
