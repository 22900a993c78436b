namespace Commissioning.GraphQL.Execution;

/// <summary>
/// The id that ties a masked error a client sees to the log entry holding its details. The transport puts it in
/// <see cref="ExecutionRequest.RequestData"/> under <see cref="RequestDataKey"/> (the HTTP handler uses the
/// request's trace identifier); the executor adds it to every masked error as <c>extensions.correlationId</c>.
/// </summary>
public static class CorrelationId
{
    public const string RequestDataKey = "Commissioning.GraphQL.CorrelationId";
    public const string ExtensionKey = "correlationId";

    public static string? From(IDictionary<string, object?>? requestData) =>
        requestData is not null && requestData.TryGetValue(RequestDataKey, out var id) ? id as string : null;
}
