using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Commissioning.GraphQL.Http;

/// <summary>
/// Decodes the request parameters from a POST body (JSON encoding) or a GET query string
/// (GraphQL over HTTP §"GET": URL-encoded, with variables and extensions as JSON strings).
/// </summary>
public static class GraphQLRequestDecoder
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Decodes a UTF-8 JSON request body.</summary>
    public static (GraphQLHttpRequest? Request, HttpRequestProblem? Problem) FromJsonBody(ReadOnlyMemory<byte> body)
    {
        // JsonDocument checks structure but not the UTF-8 inside strings until they are read; check it all up front
        // so a bad byte is a 400 rather than a failure halfway through decoding.
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
            return (null, new HttpRequestProblem(400, "HTTP_BODY_NOT_JSON", "The request body is not valid UTF-8."));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException e)
        {
            // "If the JSON body of the request could not be parsed, status code 400 SHOULD be used."
            return (null, new HttpRequestProblem(400, "HTTP_BODY_NOT_JSON", $"The request body is not valid UTF-8 JSON: {Trim(e.Message)}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, NotWellFormed("The request body must be a JSON object."));

            string? query = null, documentId = null, operationName = null;
            IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                // "Specifying null for optional request parameters is equivalent to not specifying them at all."
                if (value.ValueKind == JsonValueKind.Null) continue;
                switch (property.Name)
                {
                    case "query":
                        if (value.ValueKind != JsonValueKind.String) return (null, NotWellFormed("The \"query\" parameter must be a string."));
                        query = value.GetString();
                        break;
                    case "documentId":
                        if (value.ValueKind != JsonValueKind.String) return (null, NotWellFormed("The \"documentId\" parameter must be a string."));
                        documentId = value.GetString();
                        break;
                    case "operationName":
                        if (value.ValueKind != JsonValueKind.String) return (null, NotWellFormed("The \"operationName\" parameter must be a string."));
                        operationName = value.GetString();
                        break;
                    case "variables":
                        if (value.ValueKind != JsonValueKind.Object) return (null, NotWellFormed("The \"variables\" parameter must be a map."));
                        variables = JsonValueConverter.ToMap(value);
                        break;
                    case "extensions":
                        if (value.ValueKind != JsonValueKind.Object) return (null, NotWellFormed("The \"extensions\" parameter must be a map."));
                        extensions = JsonValueConverter.ToMap(value);
                        break;
                    // "Servers receiving a request with additional properties MUST ignore properties they do not understand."
                }
            }
            return Complete(query, documentId, operationName, variables, extensions);
        }
    }

    /// <summary>Decodes the URL query component of a GET request.</summary>
    public static (GraphQLHttpRequest? Request, HttpRequestProblem? Problem) FromQueryString(IQueryCollection parameters)
    {
        string? Single(string name, out HttpRequestProblem? problem)
        {
            problem = null;
            if (!parameters.TryGetValue(name, out var values)) return null;
            if (values.Count > 1)
            {
                problem = NotWellFormed($"The \"{name}\" parameter must be given at most once.");
                return null;
            }
            // "Specifying the empty string for optional request parameters is equivalent to not specifying them at all."
            return string.IsNullOrEmpty(values[0]) ? null : values[0];
        }

        var query = Single("query", out var p1);
        var documentId = Single("documentId", out var p2);
        var operationName = Single("operationName", out var p3);
        var variablesText = Single("variables", out var p4);
        var extensionsText = Single("extensions", out var p5);
        var problem = p1 ?? p2 ?? p3 ?? p4 ?? p5;
        if (problem is not null) return (null, problem);

        var (variables, variablesProblem) = DecodeJsonMap("variables", variablesText);
        if (variablesProblem is not null) return (null, variablesProblem);
        var (extensions, extensionsProblem) = DecodeJsonMap("extensions", extensionsText);
        if (extensionsProblem is not null) return (null, extensionsProblem);
        return Complete(query, documentId, operationName, variables, extensions);
    }

    private static (IReadOnlyDictionary<string, object?>? Map, HttpRequestProblem? Problem) DecodeJsonMap(string name, string? text)
    {
        if (text is null) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Null) return (null, null);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, NotWellFormed($"The \"{name}\" parameter must be a JSON-encoded map."));
            return (JsonValueConverter.ToMap(document.RootElement), null);
        }
        catch (JsonException e)
        {
            return (null, new HttpRequestProblem(400, "HTTP_PARAMETER_NOT_JSON", $"The \"{name}\" parameter is not valid JSON: {Trim(e.Message)}"));
        }
    }

    private static (GraphQLHttpRequest?, HttpRequestProblem?) Complete(string? query, string? documentId, string? operationName,
        IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?>? extensions)
    {
        // Automatic persisted queries (extensions.persistedQuery.sha256Hash) name a document the same way documentId does.
        if (documentId is null && extensions is not null
            && extensions.TryGetValue("persistedQuery", out var pq) && pq is IReadOnlyDictionary<string, object?> persisted
            && persisted.TryGetValue("sha256Hash", out var hash) && hash is string sha256)
        {
            documentId = "sha256:" + sha256;
        }

        if (query is null && documentId is null)
            return (null, NotWellFormed("The request must contain a \"query\" string or a \"documentId\"."));
        return (new GraphQLHttpRequest(query, documentId, operationName, variables, extensions), null);
    }

    private static HttpRequestProblem NotWellFormed(string message) =>
        // "If the request is not a well-formed GraphQL-over-HTTP request, status code 422 SHOULD be used."
        new(422, "HTTP_REQUEST_NOT_WELL_FORMED", message);

    // System.Text.Json messages end with position details that are useful; keep them but cap the length.
    private static string Trim(string message) => message.Length <= 300 ? message : message[..300];
}
