namespace Commissioning.GraphQL.Execution;

/// <summary>
/// Looks up trusted documents by id (GraphQL over HTTP persisted-operations appendix: <c>documentId</c>,
/// e.g. <c>sha256:&lt;hex&gt;</c>). Returning null means the id is unknown or not allowed.
/// </summary>
public interface IPersistedDocumentStore
{
    ValueTask<string?> GetDocumentAsync(string documentId, CancellationToken cancellationToken);
}

/// <summary>A fixed set of trusted documents held in memory, typically loaded from a manifest at startup.</summary>
public sealed class InMemoryPersistedDocumentStore : IPersistedDocumentStore
{
    private readonly Dictionary<string, string> _documents;

    public InMemoryPersistedDocumentStore(IEnumerable<KeyValuePair<string, string>> documents) =>
        _documents = new Dictionary<string, string>(documents, StringComparer.Ordinal);

    public int Count => _documents.Count;

    public ValueTask<string?> GetDocumentAsync(string documentId, CancellationToken cancellationToken) =>
        new(_documents.GetValueOrDefault(documentId));
}
