using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>Produces a field's value (spec §6.4.2 ResolveFieldValue). A ValueTask so synchronous resolvers do not allocate.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);

/// <summary>What a resolver knows about the field it resolves and the request it is part of.</summary>
public interface IResolveFieldContext
{
    /// <summary>The parent value: the object whose field is being resolved.</summary>
    object? Source { get; }

    /// <summary>Coerced argument values (spec §6.4.1), including defaults.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition FieldDefinition { get; }
    ObjectType ParentType { get; }
    IOutputType ReturnType { get; }

    /// <summary>All field nodes of the merged selection for this response key.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>Response path: strings for keys, ints for list indices.</summary>
    IReadOnlyList<object> Path { get; }

    Schema Schema { get; }
    OperationDefinitionNode Operation { get; }
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    IReadOnlyDictionary<string, object?> VariableValues { get; }
    object? RootValue { get; }
    IServiceProvider RequestServices { get; }
    CancellationToken CancellationToken { get; }
    DataLoaderScope DataLoaders { get; }

    /// <summary>Per-request state shared by all resolvers (the user, tenant, ...).</summary>
    IDictionary<string, object?> RequestData { get; }

    /// <summary>The named argument converted to <typeparamref name="T"/>; default when absent or null.</summary>
    T GetArgument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value) : default!;
}
