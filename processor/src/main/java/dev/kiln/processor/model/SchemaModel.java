package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * Everything one compilation contributes to the schema. Lists are in output order: object and enum
 * types by name, root fields by declaring class and then declaration order, loaders by name.
 *
 * @param module the generated module class that the runtime loads
 * @param upstream the modules of other compilations on the class path, whose types and loaders
 *     this one may use
 * @param nodeTypes the {@code @Node} types, by name
 * @param globalIdArguments the arguments that take global IDs, in field order
 */
public record SchemaModel(
    ClassName module,
    List<ObjectTypeModel> objectTypes,
    List<EnumTypeModel> enumTypes,
    List<InterfaceTypeModel> interfaceTypes,
    List<UnionTypeModel> unionTypes,
    List<CustomScalarModel> customScalars,
    List<InputTypeModel> inputTypes,
    List<FieldModel> queryFields,
    List<FieldModel> mutationFields,
    List<FieldModel> subscriptionFields,
    List<FetcherHost> hosts,
    List<LoaderModel> loaders,
    List<LoaderHost> loaderHosts,
    List<UpstreamModule> upstream,
    List<NodeTypeModel> nodeTypes,
    List<GlobalIdArgumentModel> globalIdArguments) {}
