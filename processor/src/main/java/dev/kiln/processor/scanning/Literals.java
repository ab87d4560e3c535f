package dev.kiln.processor.scanning;

import dev.kiln.processor.model.Literal;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code @DefaultValue} literals with graphql-java's parser, at compile time. */
final class Literals {
  private Literals() {}

  /** Thrown for text that is not a constant GraphQL literal Kiln supports. */
  static final class BadLiteralException extends Exception {
    private static final long serialVersionUID = 1L;

    BadLiteralException(String message) {
      super(message);
    }
  }

  static Literal parse(String text) throws BadLiteralException {
    Value<?> value;
    try {
      value = Parser.parseValue(text);
    } catch (InvalidSyntaxException e) {
      throw new BadLiteralException(firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      throw new BadLiteralException(firstLine(String.valueOf(e.getMessage())));
    }
    return toLiteral(value);
  }

  private static Literal toLiteral(Value<?> value) throws BadLiteralException {
    if (value instanceof IntValue v) {
      return new Literal.IntLiteral(v.getValue().toString());
    }
    if (value instanceof FloatValue v) {
      return new Literal.FloatLiteral(v.getValue().toString());
    }
    if (value instanceof StringValue v) {
      return new Literal.StringLiteral(v.getValue());
    }
    if (value instanceof BooleanValue v) {
      return new Literal.BooleanLiteral(v.isValue());
    }
    if (value instanceof EnumValue v) {
      return new Literal.EnumLiteral(v.getName());
    }
    if (value instanceof NullValue) {
      return new Literal.NullLiteral();
    }
    if (value instanceof ArrayValue v) {
      List<Literal> elements = new ArrayList<>();
      for (Value<?> element : v.getValues()) {
        elements.add(toLiteral(element));
      }
      return new Literal.ListLiteral(List.copyOf(elements));
    }
    throw new BadLiteralException(
        "a default value must be a constant scalar, enum or list literal, not " + value.getClass().getSimpleName());
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
