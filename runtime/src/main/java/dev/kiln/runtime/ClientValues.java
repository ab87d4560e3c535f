package dev.kiln.runtime;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.SourceLocation;
import graphql.language.VariableReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How messages show what a client sent: never more than {@value #MAX_SHOWN} characters of it, and
 * never a Java type name or a collection's {@code toString}, so that an answer or a log line is not
 * as large as the input that caused it. Kiln's own messages use it, and so may a host's.
 */
public final class ClientValues {
  /** The most characters of one client value that a message repeats. */
  public static final int MAX_SHOWN = 40;

  private ClientValues() {}

  /**
   * {@code text} cut to {@value #MAX_SHOWN} characters, with {@code "…"} after it if it was cut. A
   * surrogate pair is never split.
   */
  public static String truncated(String text) {
    if (text.length() <= MAX_SHOWN) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_SHOWN - 1)) ? MAX_SHOWN - 1 : MAX_SHOWN;
    return text.substring(0, end) + "…";
  }

  /**
   * A value from a request's variables (or any JSON value) as a message shows it: a string in
   * double quotes, truncated; a number or boolean as written, truncated; {@code null}; {@code a list} or
   * {@code an object}, without their content, and {@code a value of another type} for the rest.
   */
  public static String shown(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence text) {
      return "\"" + truncated(text.toString()) + "\"";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return truncated(value.toString());
    }
    if (value instanceof Collection<?> || value.getClass().isArray()) {
      return "a list";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    return "a value of another type";
  }

  /** A literal of a document as a message shows it, as {@link #shown(Object)} does values. */
  public static String shownLiteral(Value<?> literal) {
    if (literal instanceof StringValue string) {
      return shown(string.getValue() == null ? "" : string.getValue());
    }
    if (literal instanceof IntValue integer) {
      return truncated(integer.getValue().toString());
    }
    if (literal instanceof FloatValue decimal) {
      return truncated(decimal.getValue().toString());
    }
    if (literal instanceof BooleanValue bool) {
      return String.valueOf(bool.isValue());
    }
    if (literal instanceof EnumValue enumValue) {
      return truncated(enumValue.getName());
    }
    if (literal instanceof NullValue) {
      return "null";
    }
    if (literal instanceof ArrayValue) {
      return "a list";
    }
    if (literal instanceof ObjectValue) {
      return "an object";
    }
    if (literal instanceof VariableReference variable) {
      return "$" + truncated(variable.getName());
    }
    return "a literal";
  }

  /**
   * {@code message}, which may quote client input that graphql-java put in it, with each quoted
   * span ({@code '…'} or {@code "…"}) and each field of a validation path ({@code @[…]}) cut to
   * {@value #MAX_SHOWN} characters, and graphql-java's echo of an argument's literal ({@code with value
   * '…'}, which prints the AST's Java classes) left out.
   */
  static String bounded(String message) {
    String withoutLiteral = withoutJavaTypes(withoutEchoedLiteral(message));
    if (withoutLiteral.length() <= MAX_SHOWN) {
      return withoutLiteral;
    }
    StringBuilder bounded = new StringBuilder();
    int i = 0;
    while (i < withoutLiteral.length()) {
      char c = withoutLiteral.charAt(i);
      String close = c == '\'' ? "'" : c == '"' ? "\"" : withoutLiteral.startsWith("@[", i) ? "]" : null;
      int end = close == null ? -1 : withoutLiteral.indexOf(close, i + (c == '@' ? 2 : 1));
      if (end < 0) {
        bounded.append(c);
        i++;
        continue;
      }
      int start = i + (c == '@' ? 2 : 1);
      String quoted = withoutLiteral.substring(start, end);
      bounded.append(withoutLiteral, i, start).append(c == '@' ? truncatedPath(quoted) : truncated(quoted)).append(close);
      i = end + 1;
    }
    return bounded.toString();
  }

  /**
   * {@code result} with the messages of graphql-java's own errors (those it classifies with its
   * {@code ErrorType}: syntax, validation and coercion errors) {@linkplain #bounded(String)
   * bounded}. Kiln's errors are bounded where they are written, and an application's {@code
   * GraphQLClientException} says what its author chose.
   */
  static ExecutionResult boundedErrors(ExecutionResult result) {
    List<GraphQLError> errors = result.getErrors();
    if (errors.isEmpty()) {
      return result;
    }
    List<GraphQLError> bounded = new ArrayList<>(errors.size());
    boolean changed = false;
    for (GraphQLError error : errors) {
      String message = error.getMessage();
      String shorter = error.getErrorType() instanceof ErrorType && message != null ? bounded(message) : message;
      changed |= shorter != null && !shorter.equals(message);
      bounded.add(shorter == null || shorter.equals(message) ? error : new BoundedError(error, shorter));
    }
    return changed ? result.transform(builder -> builder.errors(bounded)) : result;
  }

  /** A graphql-java error with a bounded message, and everything else its own. */
  private record BoundedError(GraphQLError error, String message) implements GraphQLError {
    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public @Nullable List<SourceLocation> getLocations() {
      return error.getLocations();
    }

    @Override
    public ErrorClassification getErrorType() {
      return error.getErrorType();
    }

    @Override
    public @Nullable List<Object> getPath() {
      return error.getPath();
    }

    @Override
    public @Nullable Map<String, Object> getExtensions() {
      return error.getExtensions();
    }
  }

  private static final Pattern JAVA_TYPE_OF_VALUE =
      Pattern.compile("Expected a (String|Boolean) input, but it was a '[^']*'");
  private static final Pattern CONVERTED_TO_TYPE =
      Pattern.compile("Expected a value that can be converted to type '(\\w+)' but it was a '[^']*'");
  private static final Pattern AST_TYPE = Pattern.compile("Expected an AST type of '(\\w+)' but it was a '(\\w+)'");

  /** graphql-java's scalar messages for {@code String} and {@code Boolean}, which name Java and AST classes, in Kiln's words. */
  private static String withoutJavaTypes(String message) {
    String rewritten = JAVA_TYPE_OF_VALUE.matcher(message).replaceAll("Expected a value of type '$1' but it was not one");
    rewritten = CONVERTED_TO_TYPE.matcher(rewritten).replaceAll("Expected a value of type '$1' but it was not one");
    return AST_TYPE.matcher(rewritten).replaceAll(result -> "Expected " + literalKind(result.group(1)) + " but it was " + literalKind(result.group(2)));
  }

  private static String literalKind(String astClass) {
    return switch (astClass) {
      case "StringValue" -> "a string literal";
      case "IntValue" -> "an integer literal";
      case "FloatValue" -> "a float literal";
      case "BooleanValue" -> "a boolean literal";
      case "EnumValue" -> "an enum literal";
      case "NullValue" -> "null";
      case "ArrayValue" -> "a list";
      case "ObjectValue" -> "an object";
      default -> "another literal";
    };
  }

  /** A validation path, {@code field/field/…}, with each field's name truncated. */
  private static String truncatedPath(String path) {
    StringBuilder truncated = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      truncated.append(truncated.isEmpty() ? "" : "/").append(truncated(segment));
    }
    return truncated.toString();
  }

  private static final String WITH_VALUE = " with value '";
  private static final String[] AFTER_VALUE = {
    "' is not a valid '", "' must not be null", "' must be an object type", "' is missing required fields '", "' contains a field not in '"
  };

  /** graphql-java's {@code ArgumentValidationUtil} and {@code VariableDefaultValuesOfCorrectType} messages, without the literal. */
  private static String withoutEchoedLiteral(String message) {
    int start = message.indexOf(WITH_VALUE);
    if (start >= 0) {
      int end = -1;
      for (String after : AFTER_VALUE) {
        end = Math.max(end, message.lastIndexOf(after));
      }
      if (end > start) {
        return message.substring(0, start) + " " + message.substring(end + 2);
      }
    }
    int badDefault = message.indexOf("Bad default value '");
    int forType = message.lastIndexOf("' for type '");
    if (badDefault >= 0 && forType > badDefault) {
      return message.substring(0, badDefault) + "Bad default value" + message.substring(forType + 1);
    }
    return message;
  }
}
