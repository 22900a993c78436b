using Commissioning.Api.GraphQL;
using Commissioning.Api.Progress;
using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Exports;

/// <summary>
/// Gets an export's rows by running its GraphQL query through the registered <see cref="IRequestExecutor"/> as
/// the HTTP caller, with the request data the GraphQL endpoint itself gives the engine. Authorization
/// (<c>@authorize</c>), provider scoping, argument checks and limits are therefore the API's own; the export
/// adds nothing and leaves nothing out. It follows <c>pageInfo.endCursor</c> until <c>hasNextPage</c> is false,
/// asking for the largest page the API allows. Given a <see cref="ProgressMeter"/> (the <c>export</c> command), it also
/// asks the first page for <c>totalCount</c> and reports the rows and pages fetched after every page.
/// </summary>
public sealed class GraphQLExportRunner(IRequestExecutor executor, IOptions<GraphQLHttpOptions> http, IOptions<CommissioningGraphQLOptions> graphQL)
{
    // The engine's masked-error code (its constant is internal to the engine).
    private const string InternalServerErrorCode = "INTERNAL_SERVER_ERROR";

    public async Task<ExportOutcome> RunAsync(ExportDefinition export, HttpContext context, ProgressMeter? progress = null)
    {
        var unknown = context.Request.Query.Keys.Where(key => !export.Parameters.ContainsKey(key)).ToList();
        if (unknown.Count > 0)
        {
            var known = string.Join("\n", export.Parameters.Select(p => $"  {p.Key}: {p.Value}"));
            return ExportOutcome.Failed(StatusCodes.Status400BadRequest,
                $"Unknown filter {string.Join(", ", unknown.Select(k => $"'{k}'"))}. The {export.Name} export takes:\n{known}");
        }

        var filters = export.Variables(context.Request.Query);
        var rows = new List<IReadOnlyList<object?>>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var variables = new Dictionary<string, object?>(filters, StringComparer.Ordinal)
            {
                ["first"] = (long)graphQL.Value.Paging.MaxPageSize,
                ["after"] = after,
                ["count"] = progress is not null && pages == 0,
            };
            var result = await ExecuteAsync(export, variables, context);
            if (Failure(result) is { } failure) return failure;

            var connection = (result.Data as ResultMap)?[export.ConnectionField] as ResultMap
                ?? throw new InvalidOperationException($"The {export.ConnectionField} query returned no connection.");
            if (connection["nodes"] is IEnumerable<object?> nodes)
                rows.AddRange(nodes.OfType<ResultMap>().Select(export.Row));
            pages++;
            var pageInfo = (ResultMap)connection["pageInfo"]!;
            if (progress is not null)
            {
                if (connection.TryGetValue("totalCount", out var total) && total is int or long) progress.Total = Convert.ToInt64(total, System.Globalization.CultureInfo.InvariantCulture);
                var detail = pages == 1 ? "1 page" : $"{pages:N0} pages";
                if (pageInfo["hasNextPage"] is true) progress.Report(rows.Count, rows.Count, detail);
                else progress.Complete(rows.Count, rows.Count, detail);
            }
            if (pageInfo["hasNextPage"] is not true) break;
            after = pageInfo["endCursor"] as string
                ?? throw new InvalidOperationException($"The {export.ConnectionField} query said there is a next page but gave no cursor.");
        }
        return ExportOutcome.Succeeded(new ExportTable(export.Columns.Select(c => c.Header).ToList(), rows));
    }

    private async Task<ExecutionResult> ExecuteAsync(ExportDefinition export, Dictionary<string, object?> variables, HttpContext context)
    {
        var options = http.Value;
        var requestData = new Dictionary<string, object?>(StringComparer.Ordinal) { [CorrelationId.RequestDataKey] = context.TraceIdentifier };
        options.ConfigureRequestData?.Invoke(context, requestData);
        // Each page gets the time one GraphQL request gets; a large export is several requests.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (options.RequestTimeout > TimeSpan.Zero) timeout.CancelAfter(options.RequestTimeout);
        try
        {
            return await executor.ExecuteAsync(new ExecutionRequest
            {
                Query = export.Document,
                Variables = variables,
                AllowedOperations = OperationTypes.Query,
                Services = context.RequestServices,
                RequestData = requestData,
            }, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return ExecutionResult.RequestError(RequestFailure.Timeout, new GraphQLError(
                $"The export did not complete within {options.RequestTimeout.TotalSeconds:0.#} seconds per page and was cancelled."));
        }
    }

    /// <summary>
    /// Any error fails the whole export: a file missing rows the caller may not see, or rows a resolver failed on,
    /// would not match the query. Not signed in is 401, signed in without the role is 403, a bad filter is 400.
    /// </summary>
    private static ExportOutcome? Failure(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors) return null;
        var text = string.Join("\n", errors.Select(e => e.Message));
        var codes = errors.Select(e => e.Code).ToList();
        var status = result.Failure switch
        {
            RequestFailure.NotAuthenticated => StatusCodes.Status401Unauthorized,
            RequestFailure.Timeout => StatusCodes.Status503ServiceUnavailable,
            RequestFailure.Internal => StatusCodes.Status500InternalServerError,
            RequestFailure.None when codes.Contains(AuthorizationErrorCodes.NotAuthenticated) => StatusCodes.Status401Unauthorized,
            RequestFailure.None when codes.Contains(AuthorizationErrorCodes.NotAuthorized) => StatusCodes.Status403Forbidden,
            RequestFailure.None when codes.Contains(InternalServerErrorCode) => StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status400BadRequest,
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            var correlation = errors.Select(e => e.Extensions?.GetValueOrDefault(CorrelationId.ExtensionKey)).FirstOrDefault(id => id is not null);
            text = $"The export failed unexpectedly (correlation id {correlation}).";
        }
        return ExportOutcome.Failed(status, text);
    }
}

/// <summary>The rows of an export, or the HTTP status and text saying why there are none.</summary>
public sealed record ExportOutcome(ExportTable? Table, int StatusCode, string? Message)
{
    public static ExportOutcome Succeeded(ExportTable table) => new(table, StatusCodes.Status200OK, null);
    public static ExportOutcome Failed(int statusCode, string message) => new(null, statusCode, message);
}
