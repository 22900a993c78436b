using System.Runtime.CompilerServices;
using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// Executes operations against one schema (spec §6). Documents are expected to be valid (§6.1.1); plans
/// derived from a document are cached for as long as the document object is alive, so callers that reuse
/// parsed documents (see <see cref="RequestExecutor"/>) skip field collection entirely.
/// <para>
/// Cancellation: when <see cref="ExecutionArgs.CancellationToken"/> is cancelled, execution stops and the
/// <see cref="OperationCanceledException"/> propagates to the caller, which answers with
/// <see cref="RequestFailure.Timeout"/> (the HTTP handler does) or abandons the request if the client left.
/// </para>
/// </summary>
public sealed class Executor
{
    private readonly ConditionalWeakTable<DocumentNode, DocumentPlans> _documents = new();
    private readonly ExecutorOptions _options;

    public Executor(Schema schema, ExecutorOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? new ExecutorOptions();
    }

    public Schema Schema { get; }

    /// <summary>GetOperation (§6.1) with graphql-js's messages; throws a request error.</summary>
    public static OperationDefinitionNode GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null)
            {
                if (found is not null)
                    throw new GraphQLError("Must provide operation name if query contains multiple operations.");
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }
        if (found is not null) return found;
        throw new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
    }

    /// <summary>CoerceVariableValues (§6.1.2): the coerced values, or the request errors.</summary>
    public VariableValuesResult CoerceVariableValues(OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? values) =>
        ExecutionValues.CoerceVariableValues(Schema, operation.VariableDefinitions, values);

    /// <summary>ExecuteRequest (§6.1): select the operation, coerce variables, execute.</summary>
    public async Task<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        OperationDefinitionNode operation;
        try
        {
            operation = GetOperation(args.Document, args.OperationName);
        }
        catch (GraphQLError e)
        {
            return ExecutionResult.RequestError(RequestFailure.OperationSelection, e);
        }
        var variables = CoerceVariableValues(operation, args.VariableValues);
        if (variables.HasErrors) return new ExecutionResult { Failure = RequestFailure.VariableCoercion, Errors = variables.Errors };
        return await ExecuteOperationAsync(args, operation, variables.Coerced!).ConfigureAwait(false);
    }

    /// <summary>
    /// ExecuteQuery / ExecuteMutation (§6.2) of an operation already selected from <c>args.Document</c>, with
    /// coerced variables. Subscriptions are answered with a request error: this executor serves
    /// request/response transports only, and a subscription needs a stream (§6.2.3).
    /// </summary>
    public async Task<ExecutionResult> ExecuteOperationAsync(ExecutionArgs args, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> coercedVariables)
    {
        if (operation.Operation == OperationType.Subscription)
            return ExecutionResult.RequestError(RequestFailure.OperationSelection, new GraphQLError(
                "Subscriptions are not supported over this transport; use a query or a mutation.", [operation],
                extensions: new Dictionary<string, object?> { ["code"] = "SUBSCRIPTIONS_NOT_SUPPORTED" }));

        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
            return ExecutionResult.RequestError(RequestFailure.OperationSelection, new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", [operation]));

        var document = _documents.GetValue(args.Document, doc => new DocumentPlans(Schema, doc));
        var (plans, rootPlan) = document.ForRequest(Schema, operation, rootType, coercedVariables);
        var services = args.Services ?? EmptyServiceProvider.Instance;
        var dataLoaders = args.DataLoaders ?? new DataLoaderScope(services);
        var run = new ExecutionRun(_options, Schema, operation, document, plans, coercedVariables, args.RootValue, services,
            args.RequestData ?? new Dictionary<string, object?>(StringComparer.Ordinal), dataLoaders, args.CancellationToken);
        var serial = operation.Operation == OperationType.Mutation;

        // The scope dispatches queued DataLoader batches whenever every started resolver is waiting.
        return await dataLoaders.RunAsync(() => run.ExecuteAsync(rootPlan, serial), args.CancellationToken).ConfigureAwait(false);
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static EmptyServiceProvider Instance { get; } = new();
        public object? GetService(Type serviceType) => null;
    }
}
