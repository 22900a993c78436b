using Microsoft.Net.Http.Headers;

namespace Commissioning.GraphQL.Http;

/// <summary>Content negotiation for GraphQL over HTTP §"Media Types" and §"Body".</summary>
public static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from an Accept header: the highest-quality supported type; on a tie
    /// the official GraphQL response type. A missing header, <c>*/*</c> and <c>application/*</c> get
    /// <c>application/json</c>, which every client (including legacy ones) can read. Null means nothing
    /// acceptable (HTTP 406).
    /// </summary>
    public static string? Negotiate(string? acceptHeader)
    {
        if (string.IsNullOrWhiteSpace(acceptHeader)) return Json;
        if (!MediaTypeHeaderValue.TryParseList([acceptHeader], out var ranges)) return null;

        string? best = null;
        double bestQuality = 0;
        var bestRank = int.MaxValue;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0) continue;
            if (range.Charset.HasValue && !range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) continue;
            var mediaType = range.MediaType.Value?.ToLowerInvariant();
            (string? type, int rank) candidate = mediaType switch
            {
                GraphQLResponseJson => (GraphQLResponseJson, 0),
                Json => (Json, 1),
                "application/*" or "*/*" => (Json, 2),
                _ => (null, int.MaxValue),
            };
            if (candidate.type is null) continue;
            if (quality > bestQuality || (quality == bestQuality && candidate.rank < bestRank))
            {
                best = candidate.type;
                bestQuality = quality;
                bestRank = candidate.rank;
            }
        }
        return best;
    }

    /// <summary>
    /// True when a POST body's Content-Type is JSON we can read: <c>application/json</c> with no charset
    /// or UTF-8 ("For POST requests using an officially recognized GraphQL Content-Type without indicating
    /// an encoding, the server MUST assume the encoding is utf-8").
    /// </summary>
    public static bool IsSupportedRequestContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return false;
        if (!string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)) return false;
        return !parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
    }
}
