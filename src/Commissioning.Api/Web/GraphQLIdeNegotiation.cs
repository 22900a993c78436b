using Commissioning.GraphQL.Http;
using Microsoft.Net.Http.Headers;

namespace Commissioning.Api.Web;

/// <summary>
/// Tells a person's browser opening /graphql from a GraphQL client, so the same address serves the IDE to the
/// one and GraphQL over HTTP to the other (as HotChocolate's /graphql does).
/// </summary>
public static class GraphQLIdeNegotiation
{
    // Any of these makes a GET a GraphQL request (GraphQL over HTTP §"GET"; persisted documents use the others),
    // which the engine answers whatever the Accept header says.
    private static readonly string[] GraphQLParameters = ["query", "documentId", "extensions"];

    /// <summary>
    /// True for a GET without GraphQL parameters whose Accept header prefers <c>text/html</c> to both JSON media
    /// types. Browsers send <c>text/html,...,*/*;q=0.8</c>; GraphQL clients never ask for HTML, and a wildcard
    /// does not count as asking, so their requests reach the engine exactly as before.
    /// </summary>
    public static bool WantsIde(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method)) return false;
        if (GraphQLParameters.Any(request.Query.ContainsKey)) return false;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)) return false;

        double html = 0, json = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var mediaType = range.MediaType.Value;
            if (string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase))
                html = Math.Max(html, quality);
            else if (string.Equals(mediaType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                     || string.Equals(mediaType, MediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
                json = Math.Max(json, quality);
        }
        return html > 0 && html > json;
    }
}
