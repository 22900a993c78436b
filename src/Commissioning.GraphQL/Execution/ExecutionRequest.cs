namespace Commissioning.GraphQL.Execution;

/// <summary>
/// One GraphQL request as the engine receives it from a transport: the parameters of
/// GraphQL-over-HTTP §"Request Parameters", plus what the host supplies (services, initial request data).
/// </summary>
public sealed class ExecutionRequest
{
    /// <summary>The document text. Null when the request names a persisted document instead.</summary>
    public string? Query { get; init; }

    /// <summary>A persisted (trusted) document id, e.g. <c>sha256:&lt;hex&gt;</c>.</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values as decoded from JSON: null, string, bool, long, double,
    /// <see cref="IReadOnlyList{T}"/> of object?, <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// The operation types this transport allows. GraphQL over HTTP forbids mutations over GET
    /// ("GET requests MUST NOT be used for executing mutation operations"); the executor checks this
    /// after selecting the operation and before executing anything.
    /// </summary>
    public OperationTypes AllowedOperations { get; init; } = OperationTypes.All;

    public required IServiceProvider Services { get; init; }

    /// <summary>Initial per-request data, visible to resolvers through the request bag.</summary>
    public IDictionary<string, object?> RequestData { get; init; } = new Dictionary<string, object?>();
}

[Flags]
public enum OperationTypes
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
