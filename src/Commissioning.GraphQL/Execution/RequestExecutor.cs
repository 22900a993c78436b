using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// A request end to end: find the document (text or persisted id), parse and validate it (cached by text),
/// select the operation, check the transport allows it, coerce variables, execute with a request-scoped
/// <see cref="DataLoaderScope"/>. Each failing stage yields its <see cref="RequestFailure"/>, which the
/// HTTP transport turns into a status code.
/// <para>
/// Cancellation: an <see cref="OperationCanceledException"/> raised by <c>cancellationToken</c> is not
/// caught here; the caller answers it (the HTTP handler with <see cref="RequestFailure.Timeout"/>).
/// </para>
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    /// <summary>The key under which the request's <see cref="DataLoaderScope"/> is put into <see cref="ExecutionRequest.RequestData"/>.</summary>
    public const string DataLoaderScopeKey = "Commissioning.GraphQL.DataLoaderScope";

    private readonly RequestExecutorOptions _options;
    private readonly DocumentCache _documents;

    public RequestExecutor(RequestExecutorOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Executor = new Executor(options.Schema, options.Executor);
        _documents = new DocumentCache(options.MaxDocumentCacheEntries);
    }

    public Executor Executor { get; }

    /// <summary>The number of documents currently cached.</summary>
    public int CachedDocumentCount => _documents.Count;

    public async ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (text, textFailure) = await GetDocumentTextAsync(request, cancellationToken).ConfigureAwait(false);
        if (textFailure is not null) return textFailure;

        var (document, documentFailure) = GetValidDocument(text!);
        if (documentFailure is not null) return documentFailure;

        OperationDefinitionNode operation;
        try
        {
            operation = Executor.GetOperation(document!, request.OperationName);
        }
        catch (GraphQLError e)
        {
            return ExecutionResult.RequestError(RequestFailure.OperationSelection, e);
        }

        if (!request.AllowedOperations.HasFlag(ToFlag(operation.Operation)))
            return ExecutionResult.RequestError(RequestFailure.OperationNotAllowed, NotAllowed(operation));

        var variables = Executor.CoerceVariableValues(operation, request.Variables);
        if (variables.HasErrors) return new ExecutionResult { Failure = RequestFailure.VariableCoercion, Errors = variables.Errors };

        var refusal = OperationGuards.Check(_options, document!, operation, variables.Coerced!, request, out var guardExtensions);
        if (refusal is not null) return refusal;

        var dataLoaders = new DataLoaderScope(request.Services);
        request.RequestData[DataLoaderScopeKey] = dataLoaders;
        var args = new ExecutionArgs
        {
            Document = document!,
            RootValue = _options.RootValue?.Invoke(request),
            Services = request.Services,
            RequestData = request.RequestData,
            DataLoaders = dataLoaders,
            CancellationToken = cancellationToken,
        };
        var result = await Executor.ExecuteOperationAsync(args, operation, variables.Coerced!).ConfigureAwait(false);
        return OperationGuards.AddExtensions(result, guardExtensions);
    }

    private async ValueTask<(string?, ExecutionResult?)> GetDocumentTextAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        if (request.Query is { } query)
        {
            if (request.DocumentId is not null)
                return (null, Invalid("A request must not provide both a query and a documentId."));
            if (_options.RequirePersistedDocuments)
                return (null, ExecutionResult.RequestError(RequestFailure.DocumentNotFound, new GraphQLError(
                    "This server only runs trusted documents; send the documentId of a registered operation instead of the query text.",
                    extensions: Code("PERSISTED_QUERY_ID_REQUIRED"))));
            return (query, null);
        }
        if (request.DocumentId is not { } documentId)
            return (null, Invalid("A request must provide either a query or a documentId."));

        if (_options.PersistedDocuments is not { } store)
            return (null, ExecutionResult.RequestError(RequestFailure.DocumentNotFound, new GraphQLError(
                "This server does not support persisted documents; send the query text.",
                extensions: Code("PERSISTED_QUERY_NOT_SUPPORTED"))));
        var text = await store.GetDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (text is null)
            return (null, ExecutionResult.RequestError(RequestFailure.DocumentNotFound, new GraphQLError(
                $"The persisted document \"{documentId}\" was not found.", extensions: Code("PERSISTED_QUERY_NOT_FOUND"))));
        return (text, null);
    }

    /// <summary>Parse and validate, or reuse an earlier valid result. Failures are not cached, so they cannot evict good documents.</summary>
    private (DocumentNode?, ExecutionResult?) GetValidDocument(string text)
    {
        if (_documents.TryGet(text, out var cached)) return (cached, null);

        DocumentNode document;
        try
        {
            document = Parser.Parse(text, _options.ParserOptions);
        }
        catch (GraphQLError e)
        {
            return (null, ExecutionResult.RequestError(RequestFailure.Syntax, e));
        }

        var errors = _options.Validate is { } validate
            ? validate(_options.Schema, document)
            : DocumentValidator.Validate(_options.Schema, document);
        if (errors.Count > 0) return (null, new ExecutionResult { Failure = RequestFailure.Validation, Errors = errors });
        _documents.Add(text, document);
        return (document, null);
    }

    private static OperationTypes ToFlag(OperationType operation) => operation switch
    {
        OperationType.Query => OperationTypes.Query,
        OperationType.Mutation => OperationTypes.Mutation,
        _ => OperationTypes.Subscription,
    };

    /// <summary>GraphQL over HTTP: "GET requests MUST NOT be used for executing mutation operations".</summary>
    private static GraphQLError NotAllowed(OperationDefinitionNode operation)
    {
        var kind = operation.Operation.ToString().ToLowerInvariant();
        var message = operation.Operation == OperationType.Mutation
            ? "Can only perform a mutation operation from a POST request."
            : $"A {kind} operation is not allowed for this request.";
        return new GraphQLError(message, [operation], extensions: Code("OPERATION_NOT_ALLOWED"));
    }

    private static ExecutionResult Invalid(string message) =>
        ExecutionResult.RequestError(RequestFailure.InvalidRequest, new GraphQLError(message, extensions: Code("INVALID_REQUEST")));

    private static Dictionary<string, object?> Code(string code) => new(StringComparer.Ordinal) { ["code"] = code };
}
