using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Execution;

/// <summary>The inputs of ExecuteRequest (spec §6.1) besides the schema, which belongs to the <see cref="Executor"/>.</summary>
public sealed class ExecutionArgs
{
    public required DocumentNode Document { get; init; }
    public string? OperationName { get; init; }

    /// <summary>Raw variable values, as decoded from the request (see <see cref="ExecutionRequest.Variables"/>).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The initial value: the source of the root fields.</summary>
    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }
    public IDictionary<string, object?>? RequestData { get; init; }

    /// <summary>The request's loaders; a new scope is created when none is given.</summary>
    public DataLoaderScope? DataLoaders { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
