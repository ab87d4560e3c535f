package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/** One schema-wide rule. Reports each violation on the element it comes from; never throws. */
public interface SchemaRule {

  void check(SchemaModel model, Diagnostics diagnostics);

  /**
   * Every rule, in the order they run.
   *
   * @param requireDescriptions whether every element of the schema must have a description
   */
  static List<SchemaRule> all(boolean requireDescriptions) {
    List<SchemaRule> rules =
        new ArrayList<>(
            List.of(
                new ValidNamesRule(),
                new UniqueTypeNamesRule(),
                new UniqueFieldNamesRule(),
                new InterfaceImplementationsRule(),
                new InputCycleRule(),
                new OneOfFieldsRule(),
                new DefaultValueFitsRule(),
                new QueryRootRule(),
                new LoaderNamesRule(),
                new LoaderReferencesRule(),
                new UnusedLoadersRule(),
                new NodeNamesRule(),
                new NodeLoadersRule()));
    if (requireDescriptions) {
      rules.add(new DescriptionsRule());
    }
    return List.copyOf(rules);
  }
}
