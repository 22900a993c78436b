using System.Text;
using System.Text.Json;
using Commissioning.Api.Web;
using Commissioning.GraphQL.Http;
using Commissioning.GraphQL.Language;
using Microsoft.AspNetCore.StaticFiles;

namespace Commissioning.Api.CommitteeReport;

/// <summary>
/// Answers every request the report page makes while Chromium prints it, inside the caller's own HTTP request:
/// the page and its assets from the web root, and its GraphQL queries by the API's GraphQL handler with the
/// caller's principal and request services. So the PDF shows exactly what the caller's browser would (same
/// <c>@authorize</c> rules, same provider scope, same limits), and the browser never touches the network.
/// </summary>
internal sealed class ReportPageRequests(HttpContext caller)
{
    /// <summary>
    /// The origin the page is loaded from. <c>*.localhost</c> is a secure context to Chromium and never leaves the
    /// machine even if a request slipped past interception; none does, since every one is answered here.
    /// </summary>
    public static readonly Uri Origin = new("http://committee-report.localhost");

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private int _graphQLRequests;

    /// <summary>The first GraphQL error the page was given, as an HTTP status and its message; null while all went well.</summary>
    public (int Status, string Message)? FirstFailure { get; private set; }

    public async Task<PageResponse> AnswerAsync(string method, Uri url, byte[]? body, CancellationToken cancellationToken)
    {
        if (!string.Equals(url.Host, Origin.Host, StringComparison.OrdinalIgnoreCase) || url.Port != Origin.Port) return PageResponse.Blocked;
        var path = url.AbsolutePath;
        if (HttpMethods.IsPost(method) && path == GraphQL.GraphQLServiceCollectionExtensions.Path)
            return await GraphQLAsync(body ?? [], cancellationToken).ConfigureAwait(false);
        if (!HttpMethods.IsGet(method)) return PageResponse.Text(405, "Only the page, its assets and GraphQL queries are served here.");
        if (path == WebPages.CommitteeReport.Path) return File(WebPages.CommitteeReport.File, "text/html; charset=utf-8");
        if (path.StartsWith(WebPages.AssetsPath + "/", StringComparison.Ordinal) && ContentTypes.TryGetContentType(path, out var type))
            return File(path.TrimStart('/'), type);
        return PageResponse.Text(404, "Not part of the committee report.");
    }

    private PageResponse File(string relativePath, string contentType)
    {
        var environment = caller.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(relativePath);
        if (!file.Exists || file.IsDirectory) return PageResponse.Text(404, $"{relativePath} is not in the web root.");
        using var stream = file.CreateReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var headers = new Dictionary<string, string> { ["Content-Type"] = contentType };
        if (contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            // The page prints under the same Content-Security-Policy a browser gets it with.
            headers["Content-Security-Policy"] = WebPageResponder.ContentSecurityPolicy;
        }
        return new PageResponse(200, headers, copy.ToArray());
    }

    private async Task<PageResponse> GraphQLAsync(byte[] body, CancellationToken cancellationToken)
    {
        // The page only reads. Its document is ours, but a report printed as someone must never change anything in
        // their name, so anything other than a query is refused before the handler (which would run mutations).
        if (!OnlyQueries(body)) return PageResponse.Text(400, "The committee report page may only send queries.");

        var inner = new DefaultHttpContext
        {
            RequestServices = caller.RequestServices,
            User = caller.User,
            TraceIdentifier = $"{caller.TraceIdentifier}:{Interlocked.Increment(ref _graphQLRequests)}",
            RequestAborted = cancellationToken,
        };
        inner.Request.Method = HttpMethods.Post;
        inner.Request.Scheme = Origin.Scheme;
        inner.Request.Host = new HostString(Origin.Host);
        inner.Request.Path = GraphQL.GraphQLServiceCollectionExtensions.Path;
        inner.Request.ContentType = "application/json";
        inner.Request.Headers.Accept = MediaTypes.GraphQLResponseJson;
        inner.Request.ContentLength = body.Length;
        inner.Request.Body = new MemoryStream(body);
        using var response = new MemoryStream();
        inner.Response.Body = response;

        var handler = caller.RequestServices.GetRequiredService<GraphQLHttpHandler>();
        await handler.HandleAsync(inner).ConfigureAwait(false);
        await inner.Response.CompleteAsync().ConfigureAwait(false);
        var bytes = response.ToArray();
        Remember(bytes);
        return new PageResponse(inner.Response.StatusCode,
            new Dictionary<string, string> { ["Content-Type"] = inner.Response.ContentType ?? MediaTypes.GraphQLResponseJson }, bytes);
    }

    private static bool OnlyQueries(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String) return false;
            var document = Parser.Parse(query.GetString()!);
            return document.Definitions.OfType<OperationDefinitionNode>().All(o => o.Operation == OperationType.Query);
        }
        catch (Exception e) when (e is JsonException or Commissioning.GraphQL.Errors.GraphQLError)
        {
            return false;
        }
    }

    /// <summary>Keeps the first error the page got, so a refusal reaches the PDF's caller as 401 or 403 with its reason.</summary>
    private void Remember(byte[] responseBody)
    {
        if (FirstFailure is not null) return;
        try
        {
            using var json = JsonDocument.Parse(responseBody);
            if (!json.RootElement.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0) return;
            var first = errors[0];
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            var code = first.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
            FirstFailure = code switch
            {
                "AUTH_NOT_AUTHENTICATED" or "AUTH_INVALID_TOKEN" => (StatusCodes.Status401Unauthorized, message),
                "AUTH_NOT_AUTHORIZED" => (StatusCodes.Status403Forbidden, message),
                "REQUEST_TIMEOUT" => (StatusCodes.Status503ServiceUnavailable, message),
                _ => (StatusCodes.Status502BadGateway, $"The report's data could not be loaded: {message}"),
            };
        }
        catch (JsonException)
        {
            FirstFailure = (StatusCodes.Status502BadGateway, "The report's data could not be loaded: the API answered without a GraphQL response.");
        }
    }
}

/// <summary>What the page is given for one request; <see cref="Blocked"/> fails it as the network would.</summary>
internal sealed record PageResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public static readonly PageResponse Blocked = new(0, new Dictionary<string, string>(), []);

    public static PageResponse Text(int status, string text) =>
        new(status, new Dictionary<string, string> { ["Content-Type"] = "text/plain; charset=utf-8" }, Encoding.UTF8.GetBytes(text));
}
