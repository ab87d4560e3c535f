package dev.kiln.processor.validation;

import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.ObjectTypeModel;
import dev.kiln.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/** The fields of a schema model, grouped by the type they belong to. */
final class Fields {
  private Fields() {}

  static List<List<FieldModel>> byType(SchemaModel model) {
    List<List<FieldModel>> groups = new ArrayList<>();
    groups.add(model.queryFields());
    groups.add(model.mutationFields());
    groups.add(model.subscriptionFields());
    for (ObjectTypeModel type : model.objectTypes()) {
      groups.add(type.fields());
    }
    model.interfaceTypes().forEach(type -> groups.add(type.fields()));
    return groups;
  }
}
