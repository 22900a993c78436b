using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Types;

/// <summary>A hand-filled resolve context, standing in for the executor in unit tests.</summary>
internal sealed class TestResolveContext : IResolveFieldContext
{
    private static readonly IServiceProvider NoServices = new EmptyServices();

    public required Schema Schema { get; init; }
    public required FieldDefinition FieldDefinition { get; init; }
    public required ObjectType ParentType { get; init; }
    public object? Source { get; init; }
    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();
    public IOutputType ReturnType => FieldDefinition.Type;
    public IReadOnlyList<FieldNode> FieldNodes { get; init; } = [];
    public IReadOnlyList<object> Path { get; init; } = [];
    public OperationDefinitionNode Operation { get; init; } = new()
    {
        Operation = OperationType.Query,
        SelectionSet = new SelectionSetNode { Selections = [] },
    };
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; } = new Dictionary<string, FragmentDefinitionNode>();
    public IReadOnlyDictionary<string, object?> VariableValues { get; init; } = new Dictionary<string, object?>();
    public object? RootValue { get; init; }
    public IServiceProvider RequestServices => NoServices;
    public CancellationToken CancellationToken => CancellationToken.None;
    public DataLoaderScope DataLoaders { get; } = new(NoServices);
    public IDictionary<string, object?> RequestData { get; } = new Dictionary<string, object?>();

    /// <summary>Resolves <paramref name="fieldName"/> of <paramref name="parent"/> on <paramref name="source"/> as an executor would.</summary>
    public static async Task<object?> Resolve(Schema schema, ObjectType parent, string fieldName, object? source,
        IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var field = parent.Fields[fieldName] ?? throw new ArgumentException($"No field {parent.Name}.{fieldName}.");
        var args = new Dictionary<string, object?>(arguments ?? new Dictionary<string, object?>());
        foreach (var a in field.Arguments)
            if (!args.ContainsKey(a.Name) && a.HasDefaultValue) args[a.Name] = a.DefaultValue;
        var context = new TestResolveContext { Schema = schema, FieldDefinition = field, ParentType = parent, Source = source, Arguments = args };
        return await (field.Resolver ?? DefaultFieldResolver.Instance)(context);
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
