namespace Commissioning.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, decoded but not yet interpreted.</summary>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? DocumentId,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);

/// <summary>Why an HTTP request could not be decoded into a GraphQL-over-HTTP request.</summary>
public sealed record HttpRequestProblem(int StatusCode, string Code, string Message);
