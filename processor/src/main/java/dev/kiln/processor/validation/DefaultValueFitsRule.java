package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.EnumTypeModel;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.Literal;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.model.TypeRef;
import dev.kiln.runtime.scalars.KilnScalars;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A {@code @DefaultValue} literal fits its argument's type by the rules of input coercion (spec
 * §3.5 for scalars, §3.9 for enums, §3.11 for lists, which also accept a single value; §3.12: only
 * a nullable type accepts {@code null}).
 */
final class DefaultValueFitsRule implements SchemaRule {
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    Map<String, Set<String>> enumValues = new HashMap<>();
    for (EnumTypeModel type : model.enumTypes()) {
      enumValues.put(type.name(), type.values().stream().map(EnumTypeModel.Value::name).collect(Collectors.toSet()));
    }
    for (List<FieldModel> fields : Fields.byType(model)) {
      for (FieldModel field : fields) {
        field.arguments().forEach(argument -> check(argument, enumValues, diagnostics));
      }
    }
    model.inputTypes().forEach(input -> input.fields().forEach(field -> check(field, enumValues, diagnostics)));
  }

  private static void check(ArgumentModel argument, Map<String, Set<String>> enumValues, Diagnostics diagnostics) {
    if (argument.defaultValue() == null) {
      return;
    }
    String problem = problem(argument.defaultValue(), argument.type(), enumValues);
    if (problem != null) {
      diagnostics.error(argument.source(), Message.DEFAULT_VALUE_TYPE, argument.defaultLiteral(), argument.name(), argument.type(), problem);
    }
  }

  /** Why {@code value} does not fit {@code type}, or {@code null} if it fits. */
  static @Nullable String problem(Literal value, TypeRef type, Map<String, Set<String>> enumValues) {
    if (value instanceof Literal.NullLiteral) {
      return type.nonNull() ? "null does not fit a non-null type. Remove the default, or make the parameter nullable." : null;
    }
    if (type instanceof TypeRef.ListOf list) {
      if (value instanceof Literal.ListLiteral elements) {
        for (Literal element : elements.elements()) {
          String problem = problem(element, list.element(), enumValues);
          if (problem != null) {
            return problem;
          }
        }
        return null;
      }
      return problem(value, list.element(), enumValues);
    }
    String name = ((TypeRef.Named) type).name();
    Optional<GraphQLScalarType> extended = KilnScalars.named(name);
    if (extended.isPresent()) {
      return scalarProblem(value, extended.get());
    }
    Set<String> values = enumValues.get(name);
    if (values != null) {
      if (value instanceof Literal.EnumLiteral e && values.contains(e.name())) {
        return null;
      }
      return "expected one of " + values.stream().sorted().collect(Collectors.joining(", ")) + ".";
    }
    return switch (name) {
      case "Int" -> value instanceof Literal.IntLiteral i ? intRange(i) : "expected an Int, such as 10.";
      case "Float" -> value instanceof Literal.IntLiteral || value instanceof Literal.FloatLiteral ? null : "expected a Float, such as 1.5.";
      case "String" -> value instanceof Literal.StringLiteral ? null : "expected a String, written in double quotes.";
      case "Boolean" -> value instanceof Literal.BooleanLiteral ? null : "expected true or false.";
      case "ID" -> value instanceof Literal.StringLiteral || value instanceof Literal.IntLiteral ? null : "expected an ID, a String or an Int.";
      default -> null;
    };
  }

  /** Whether the runtime's scalar accepts the literal, asked of the scalar itself. */
  private static @Nullable String scalarProblem(Literal value, GraphQLScalarType scalar) {
    try {
      scalar.getCoercing().parseLiteral(Parser.parseValue(value.print()), CoercedVariables.emptyVariables(), GraphQLContext.getDefault(), Locale.ROOT);
      return null;
    } catch (CoercingParseLiteralException e) {
      return e.getMessage() + ".";
    }
  }

  private static @Nullable String intRange(Literal.IntLiteral value) {
    BigInteger i = new BigInteger(value.digits());
    return i.compareTo(INT_MIN) < 0 || i.compareTo(INT_MAX) > 0 ? "an Int is a signed 32-bit integer." : null;
  }
}
