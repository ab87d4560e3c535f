package dev.kiln.processor.validation;

import dev.kiln.processor.diagnostics.Diagnostics;
import dev.kiln.processor.diagnostics.Message;
import graphql.GraphQLException;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.DiffLevel;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.DifferenceReporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema stays compatible with a committed baseline: graphql-java's schema diff compares the
 * two, each breaking change is an error (or a warning, if so configured) and each dangerous change
 * a warning, named by its coordinate.
 */
public final class BaselineCompatibility {
  private BaselineCompatibility() {}

  public static void check(String baselineSdl, Path baseline, String sdl, boolean breakingIsError, Diagnostics diagnostics) {
    SchemaDiffSet diffSet;
    try {
      diffSet = SchemaDiffSet.diffSetFromSdl(baselineSdl, sdl);
    } catch (GraphQLException e) {
      diagnostics.error(Message.INVALID_OPTION, "kiln.schema.baseline", baseline, "it is not a valid schema: " + e.getMessage());
      return;
    }
    List<DiffEvent> events = new ArrayList<>();
    new SchemaDiff().diffSchema(diffSet, collecting(events));
    for (DiffEvent event : events) {
      String coordinate = event.getFieldName() == null ? event.getTypeName() : event.getTypeName() + "." + event.getFieldName();
      if (event.getLevel() == DiffLevel.BREAKING) {
        diagnostics.report(breakingIsError, Message.BREAKING_CHANGE, coordinate, baseline, event.getReasonMsg());
      } else if (event.getLevel() == DiffLevel.DANGEROUS) {
        diagnostics.report(false, Message.DANGEROUS_CHANGE, coordinate, baseline, event.getReasonMsg());
      }
    }
  }

  private static DifferenceReporter collecting(List<DiffEvent> events) {
    return new DifferenceReporter() {
      @Override
      public void report(DiffEvent event) {
        events.add(event);
      }

      @Override
      public void onEnd() {}
    };
  }
}
