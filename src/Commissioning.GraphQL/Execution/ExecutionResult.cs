using Commissioning.GraphQL.Errors;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// Why a request produced no data (spec §7.1: a request error means the response has no <c>data</c> entry).
/// The HTTP transport maps each to the status code GraphQL over HTTP prescribes.
/// </summary>
public enum RequestFailure
{
    /// <summary>Execution started; the response has a <c>data</c> entry (possibly null).</summary>
    None,
    /// <summary>The request is not well formed, e.g. neither query nor document id (HTTP 422).</summary>
    InvalidRequest,
    /// <summary>A persisted document id is unknown or not allowed (HTTP 400 per the persisted-operations RFC).</summary>
    DocumentNotFound,
    /// <summary>The document does not parse (HTTP 400).</summary>
    Syntax,
    /// <summary>The document fails validation, including server limits such as depth and cost (HTTP 422).</summary>
    Validation,
    /// <summary>GetOperation() failed: no operation, or an ambiguous or unknown name (HTTP 422).</summary>
    OperationSelection,
    /// <summary>CoerceVariableValues() failed (HTTP 422).</summary>
    VariableCoercion,
    /// <summary>The operation type is not allowed on this transport, e.g. a mutation over GET (HTTP 405).</summary>
    OperationNotAllowed,
    /// <summary>The caller is not permitted to issue this request at all (HTTP 401/403).</summary>
    NotAuthenticated,
    /// <summary>The request ran out of time before producing a response (HTTP 503 when no data exists).</summary>
    Timeout,
    /// <summary>The engine failed unexpectedly; details are only in the server log (HTTP 500).</summary>
    Internal,
}

/// <summary>The response of spec §7.1: data, errors and extensions.</summary>
public sealed class ExecutionResult
{
    /// <summary>The result tree: <see cref="ResultMap"/>, lists (<c>object?[]</c>), and serialized scalar values.</summary>
    public object? Data { get; init; }

    /// <summary>True when execution started, so the response carries a <c>data</c> entry (even if null).</summary>
    public bool HasData => Failure == RequestFailure.None;

    public RequestFailure Failure { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IDictionary<string, object?>? Extensions { get; set; }

    public static ExecutionResult RequestError(RequestFailure failure, params GraphQLError[] errors) =>
        new() { Failure = failure, Errors = errors };
}
