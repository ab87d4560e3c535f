package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.FetcherHost;
import dev.kiln.processor.model.FieldModel;
import dev.kiln.processor.model.Invocation;
import dev.kiln.processor.model.Invocation.Receiver;
import dev.kiln.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Which generated class serves each field. A field that only reads its source is served by its
 * package's {@code <Module>_PropertyReads}, a switch over every such field of the package; every
 * other field by its class's {@code <Class>_Fetchers}, which a class gets only if it has one.
 *
 * @param hosts the classes that get a {@code _Fetchers}, each with the fields it serves
 * @param propertyReads the {@code _PropertyReads} class of each package, by package
 */
public record FetcherPlan(List<FetcherHost> hosts, List<PropertyReads> propertyReads) {

  /** The reads of one package, in the order of the model's hosts and their fields. */
  public record PropertyReads(ClassName className, List<Read> reads, List<TypeElement> sources) {}

  /** A field that reads {@code sourceType}'s component or Java field. */
  public record Read(FieldModel field, TypeName sourceType) {}

  public static FetcherPlan of(SchemaModel model) {
    List<FetcherHost> hosts = new ArrayList<>();
    Map<String, List<Read>> reads = new TreeMap<>();
    Map<String, List<TypeElement>> sources = new TreeMap<>();
    for (FetcherHost host : model.hosts()) {
      List<FieldModel> calls = new ArrayList<>();
      for (FieldModel field : host.fields()) {
        if (isPropertyRead(field)) {
          String pkg = host.javaType().packageName();
          reads.computeIfAbsent(pkg, p -> new ArrayList<>()).add(new Read(field, host.sourceType()));
          List<TypeElement> packageSources = sources.computeIfAbsent(pkg, p -> new ArrayList<>());
          if (!packageSources.contains(host.source())) {
            packageSources.add(host.source());
          }
        } else {
          calls.add(field);
        }
      }
      if (!calls.isEmpty()) {
        hosts.add(new FetcherHost(host.javaType(), host.sourceType(), calls, host.instanceConstructible(), host.source()));
      }
    }
    List<PropertyReads> propertyReads = new ArrayList<>();
    String module = model.module().simpleName();
    reads.forEach((pkg, list) -> propertyReads.add(new PropertyReads(ClassName.get(pkg, module + "_PropertyReads"), list, sources.get(pkg))));
    return new FetcherPlan(hosts, propertyReads);
  }

  /**
   * Whether the field only reads a Java field or a record component of its source, with no
   * authorization check: it is then a {@code PropertyRead}, which the deadline leaves alone. A
   * getter of a class is not one, as it may load data (a lazy ORM property, say).
   */
  static boolean isPropertyRead(FieldModel field) {
    if (!field.authorization().isEmpty()) {
      return false;
    }
    if (field.invocation() instanceof Invocation.ReadField) {
      return true;
    }
    return field.source().getKind() == ElementKind.RECORD_COMPONENT
        && field.invocation() instanceof Invocation.CallMethod call
        && call.receiver() == Receiver.SOURCE
        && call.parameters().isEmpty();
  }
}
