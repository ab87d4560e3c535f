package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import dev.kiln.processor.model.ArgumentModel;
import dev.kiln.processor.model.InputTypeModel;
import dev.kiln.processor.model.SchemaModel;
import dev.kiln.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * No input type needs itself through a chain of non-null, non-list fields (spec §3.10, "Input
 * Objects": such a type "would be impossible to provide a legal value for").
 */
final class InputCycleRule implements SchemaRule {

  @Override
  public void check(SchemaModel model, Diagnostics diagnostics) {
    Map<String, InputTypeModel> inputs = new LinkedHashMap<>();
    model.inputTypes().forEach(input -> inputs.put(input.name(), input));
    for (InputTypeModel input : model.inputTypes()) {
      List<String> path = cycle(input.name(), input.name(), inputs, new ArrayList<>());
      if (path != null) {
        diagnostics.error(input.source(), Message.INPUT_CYCLE, input.name(), String.join(" → ", path));
      }
    }
  }

  /** The fields from {@code current} back to {@code start} through non-null input fields, or {@code null}. */
  private static @Nullable List<String> cycle(String start, String current, Map<String, InputTypeModel> inputs, List<String> path) {
    InputTypeModel type = inputs.get(current);
    if (type == null || path.size() > inputs.size()) {
      return null;
    }
    for (ArgumentModel field : type.fields()) {
      if (!(field.type() instanceof TypeRef.Named named) || !named.nonNull() || !inputs.containsKey(named.name())) {
        continue;
      }
      List<String> next = new ArrayList<>(path);
      next.add(current + "." + field.name() + ": " + named);
      if (named.name().equals(start)) {
        return next;
      }
      List<String> found = cycle(start, named.name(), inputs, next);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
