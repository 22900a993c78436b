using Commissioning.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Commissioning.GraphQL.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint; bound from configuration by the host.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The largest request body accepted; larger ones get 413 before the body is read.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether GET requests may run queries (never mutations).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>A request still running after this long is cancelled. Zero or less disables the limit.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Responds 294 (GraphQL over HTTP §"Status Codes": "If the GraphQL response contains both the data
    /// entry (even if it is null) and the errors entry, then the server SHOULD reply with a 294 status code")
    /// when the response is <c>application/graphql-response+json</c>. Off gives 200 for partial success.
    /// </summary>
    public bool UsePartialSuccessStatusCode { get; set; } = true;

    /// <summary>Lets the host add per-request data (the user, loaders) before execution.</summary>
    public Action<HttpContext, IDictionary<string, object?>>? ConfigureRequestData { get; set; }

    /// <summary>Lets the host add response extensions after execution (e.g. SQL statement counts).</summary>
    public Action<HttpContext, ExecutionResult>? OnResult { get; set; }
}
