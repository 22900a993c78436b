using System.Buffers;
using System.Text.Json;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commissioning.GraphQL.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: decodes the request, runs it through <see cref="IRequestExecutor"/>,
/// and writes the response with the media type and status code the GraphQL over HTTP specification
/// prescribes (reference/graphql-over-http/GraphQLOverHTTP.md §"Status Codes").
/// </summary>
public sealed class GraphQLHttpHandler(IRequestExecutor executor, IOptions<GraphQLHttpOptions> options, ILogger<GraphQLHttpHandler> logger)
{
    // The writer's default depth limit (1000) is below what a valid document can reach: fragments nest selections
    // beyond the parser's per-definition depth limit, so a result may be thousands of levels deep. The token
    // limit bounds that depth; the writer must not be the one to give up (it did, with an empty 500).
    // The relaxed encoder writes non-ASCII text and characters such as ' and " as JSON.stringify does (UTF-8,
    // minimal escaping) instead of \u0027-style escapes: smaller and readable. Responses are
    // application/json, never embedded in HTML, which is the only case the default encoder guards against.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false, SkipValidation = true, MaxDepth = 1 << 16,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
    private readonly GraphQLHttpOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleRequestAsync(context);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Never leak internals: whatever failed (the engine, a host callback, the writer), the client gets a
            // fixed message and a correlation id it can quote, and the log gets the exception under that id.
            var correlationId = context.TraceIdentifier;
            logger.LogError(e, "Unhandled GraphQL request failure (correlation id {CorrelationId})", correlationId);
            if (context.Response.HasStarted)
            {
                // Part of a response is on the wire; a well-formed error can no longer follow it.
                context.Abort();
                return;
            }
            context.Response.Clear();
            var result = ExecutionResult.RequestError(RequestFailure.Internal, new GraphQLError("Unexpected Execution Error",
                extensions: new Dictionary<string, object?> { ["code"] = "INTERNAL_SERVER_ERROR", [CorrelationId.ExtensionKey] = correlationId }));
            await WriteResultAsync(context, result, MediaTypes.Json, 500);
        }
    }

    private async Task HandleRequestAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet && _options.EnableGetRequests) && !HttpMethods.IsPost(request.Method))
        {
            // "If the request uses an unsupported HTTP method, status code 405 SHOULD be used"; RFC 9110 requires Allow.
            context.Response.Headers.Allow = AllowedMethods;
            await WriteProblemAsync(context, new HttpRequestProblem(405, "HTTP_METHOD_NOT_ALLOWED",
                $"GraphQL requests must use {AllowedMethods}."));
            return;
        }

        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, new HttpRequestProblem(406, "HTTP_NOT_ACCEPTABLE",
                $"The Accept header allows none of the supported media types ({MediaTypes.GraphQLResponseJson}, {MediaTypes.Json})."));
            return;
        }

        var (decoded, problem) = isGet ? GraphQLRequestDecoder.FromQueryString(request.Query) : await ReadPostAsync(context);
        if (problem is not null)
        {
            await WriteProblemAsync(context, problem);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (_options.RequestTimeout > TimeSpan.Zero) timeout.CancelAfter(_options.RequestTimeout);

        var requestData = new Dictionary<string, object?>(StringComparer.Ordinal) { [CorrelationId.RequestDataKey] = context.TraceIdentifier };
        _options.ConfigureRequestData?.Invoke(context, requestData);
        var executionRequest = new ExecutionRequest
        {
            Query = decoded!.Query,
            DocumentId = decoded.DocumentId,
            OperationName = decoded.OperationName,
            Variables = decoded.Variables,
            Extensions = decoded.Extensions,
            // "GET requests MUST NOT be used for executing mutation operations."
            AllowedOperations = isGet ? OperationTypes.Query : OperationTypes.All,
            Services = context.RequestServices,
            RequestData = requestData,
        };

        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(executionRequest, timeout.Token);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // The client went away; nobody is left to answer.
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            result = ExecutionResult.RequestError(RequestFailure.Timeout, new GraphQLError(
                $"The request did not complete within {_options.RequestTimeout.TotalSeconds:0.#} seconds and was cancelled.",
                extensions: new Dictionary<string, object?> { ["code"] = "REQUEST_TIMEOUT" }));
        }

        _options.OnResult?.Invoke(context, result);
        var status = StatusCodeFor(result, mediaType);
        if (result.Failure == RequestFailure.OperationNotAllowed) context.Response.Headers.Allow = AllowedMethods;
        // "any response that produces a 2xx status code should replace the Content-Type header with application/json"
        // for legacy clients; 4xx responses are still well-formed GraphQL responses in the negotiated type.
        await WriteResultAsync(context, result, mediaType, status);
    }

    private string AllowedMethods => _options.EnableGetRequests ? "GET, POST" : "POST";

    private int StatusCodeFor(ExecutionResult result, string mediaType) => result.Failure switch
    {
        RequestFailure.None when result.Errors is { Count: > 0 } && mediaType == MediaTypes.GraphQLResponseJson
            && _options.UsePartialSuccessStatusCode => 294,
        RequestFailure.None => 200,
        RequestFailure.InvalidRequest => 422,
        RequestFailure.DocumentNotFound => 400,
        RequestFailure.Syntax => 400,
        RequestFailure.Validation => 422,
        RequestFailure.OperationSelection => 422,
        RequestFailure.VariableCoercion => 422,
        RequestFailure.OperationNotAllowed => 405,
        RequestFailure.NotAuthenticated => 401,
        RequestFailure.Timeout => 503,
        _ => 500,
    };

    private async Task<(GraphQLHttpRequest?, HttpRequestProblem?)> ReadPostAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypes.IsSupportedRequestContentType(request.ContentType))
        {
            // "If the Content-Type of the request is not supported, status code 415 SHOULD be used."
            return (null, new HttpRequestProblem(415, "HTTP_UNSUPPORTED_MEDIA_TYPE",
                request.ContentType is null
                    ? "A POST request must have a Content-Type header of application/json."
                    : $"Content-Type \"{request.ContentType}\" is not supported; use application/json (UTF-8)."));
        }

        var limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit) return (null, TooLarge(limit));

        var body = await ReadBodyAsync(request.BodyReader, limit, context.RequestAborted);
        if (body is null) return (null, TooLarge(limit));
        if (body.Value.Length == 0) return (null, new HttpRequestProblem(400, "HTTP_BODY_MISSING", "The POST request has no body."));
        return GraphQLRequestDecoder.FromJsonBody(body.Value);
    }

    private static HttpRequestProblem TooLarge(int limit) =>
        new(413, "HTTP_BODY_TOO_LARGE", $"The request body is larger than the limit of {limit} bytes.");

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(System.IO.Pipelines.PipeReader reader, int limit, CancellationToken ct)
    {
        while (true)
        {
            var read = await reader.ReadAsync(ct);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }
            if (read.IsCompleted)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static Task WriteProblemAsync(HttpContext context, HttpRequestProblem problem)
    {
        // These responses are not GraphQL responses to a GraphQL request, so they "MUST NOT use the
        // application/graphql-response+json media type"; the body still has the familiar errors shape.
        var result = ExecutionResult.RequestError(RequestFailure.InvalidRequest, new GraphQLError(problem.Message,
            extensions: new Dictionary<string, object?> { ["code"] = problem.Code }));
        return WriteResultAsync(context, result, MediaTypes.Json, problem.StatusCode);
    }

    private static async Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            ResponseJsonWriter.Write(writer, result);
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
