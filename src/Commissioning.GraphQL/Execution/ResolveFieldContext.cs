using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// The context handed to one resolver call. Request-wide values are read through the run, so a context is
/// five references; the response path is only turned into a list when a resolver asks for it.
/// </summary>
internal sealed class ResolveFieldContext(
    ExecutionRun run,
    FieldPlan plan,
    ObjectType parentType,
    object? source,
    ResponsePath? parentPath,
    IReadOnlyDictionary<string, object?> arguments) : IResolveFieldContext
{
    private IReadOnlyList<object>? _path;

    public object? Source => source;
    public IReadOnlyDictionary<string, object?> Arguments => arguments;
    public FieldDefinition FieldDefinition => plan.Definition;
    public ObjectType ParentType => parentType;
    public IOutputType ReturnType => plan.Type;
    public IReadOnlyList<FieldNode> FieldNodes => plan.Nodes;
    public IReadOnlyList<object> Path => _path ??= ResponsePath.Field(parentPath, plan.ResponseKey, plan.Index).ToArray();
    public Schema Schema => run.Schema;
    public OperationDefinitionNode Operation => run.Operation;
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => run.Fragments;
    public IReadOnlyDictionary<string, object?> VariableValues => run.Variables;
    public object? RootValue => run.RootValue;
    public IServiceProvider RequestServices => run.Services;
    public CancellationToken CancellationToken => run.CancellationToken;
    public DataLoaderScope DataLoaders => run.DataLoaders;
    public IDictionary<string, object?> RequestData => run.RequestData;

    public T GetArgument<T>(string name) =>
        arguments.TryGetValue(name, out var value) && value is not null ? ArgumentConverter.Convert<T>(value) : default!;
}
