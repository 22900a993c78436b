using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

/// <summary>Configuration of <see cref="RequestExecutor"/>.</summary>
public sealed class RequestExecutorOptions
{
    public required Schema Schema { get; init; }

    /// <summary>How many distinct valid documents stay parsed and validated; the least recently used goes first.</summary>
    public int MaxDocumentCacheEntries { get; init; } = 1000;

    /// <summary>
    /// Validation (spec §5) of a parsed document; an empty list means valid. When null, every rule of
    /// <see cref="Validation.SpecifiedRules.All"/> applies (<see cref="Validation.DocumentValidator"/>).
    /// </summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? Validate { get; init; }

    /// <summary>Where <c>documentId</c> requests find their documents; null means persisted documents are not supported.</summary>
    public IPersistedDocumentStore? PersistedDocuments { get; init; }

    /// <summary>
    /// When true, only documents from <see cref="PersistedDocuments"/> run: a request with query text is refused
    /// (the persisted-operations RFC: a server "can choose to only accept persisted operations it is aware of").
    /// </summary>
    public bool RequirePersistedDocuments { get; init; }

    /// <summary>Checks each operation must pass before it executes, in order; the first refusal answers the request.</summary>
    public IReadOnlyList<IOperationGuard> Guards { get; init; } = [];

    public ParserOptions? ParserOptions { get; init; }

    /// <summary>Logging and reporting of masked resolver exceptions.</summary>
    public ExecutorOptions? Executor { get; init; }

    /// <summary>The initial value of each request's root fields (spec §6.1 initialValue); null when omitted.</summary>
    public Func<ExecutionRequest, object?>? RootValue { get; init; }
}
