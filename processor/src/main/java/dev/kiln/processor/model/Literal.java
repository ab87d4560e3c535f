package dev.kiln.processor.model;

import java.util.List;

/** A GraphQL input literal from a {@code @DefaultValue}, parsed at compile time (spec §2.9). */
public sealed interface Literal {

  /** The literal as GraphQL source text, in canonical form. */
  String print();

  record IntLiteral(String digits) implements Literal {
    @Override
    public String print() {
      return digits;
    }
  }

  record FloatLiteral(String text) implements Literal {
    @Override
    public String print() {
      return text;
    }
  }

  record StringLiteral(String value) implements Literal {
    @Override
    public String print() {
      return GraphQLStrings.quote(value);
    }
  }

  record BooleanLiteral(boolean value) implements Literal {
    @Override
    public String print() {
      return Boolean.toString(value);
    }
  }

  record EnumLiteral(String name) implements Literal {
    @Override
    public String print() {
      return name;
    }
  }

  record NullLiteral() implements Literal {
    @Override
    public String print() {
      return "null";
    }
  }

  record ListLiteral(List<Literal> elements) implements Literal {
    @Override
    public String print() {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < elements.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(elements.get(i).print());
      }
      return out.append(']').toString();
    }
  }
}
