using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commissioning.GraphQL.Execution;

namespace Commissioning.Api.GraphQL;

/// <summary>Whether requests may name registered operations by id, and whether only those run.</summary>
public enum TrustedDocumentsMode
{
    /// <summary>Only query text; a <c>documentId</c> gets PERSISTED_QUERY_NOT_SUPPORTED.</summary>
    Off,
    /// <summary>Registered operations by id, and query text too.</summary>
    AllowAlso,
    /// <summary>Only registered operations by id; query text gets PERSISTED_QUERY_ID_REQUIRED.</summary>
    Only,
}

/// <summary>Bound from <c>Commissioning:GraphQL:TrustedDocuments</c>.</summary>
public sealed class TrustedDocumentsOptions
{
    public TrustedDocumentsMode Mode { get; set; } = TrustedDocumentsMode.AllowAlso;

    /// <summary>
    /// A manifest file to use instead of the ones built in (schema/trusted-documents/*.json in the repository).
    /// </summary>
    public string? Manifest { get; set; }
}

/// <summary>
/// Trusted-document manifests: a JSON object from document id to document text, the shape client tooling
/// (e.g. graphql-codegen's persisted documents) writes. An id is <c>sha256:</c> and the lowercase hex SHA-256 of
/// the text's UTF-8 bytes (GraphQL over HTTP, persisted operations: "perform a hashing algorithm like SHA-256 on
/// the document"). A manifest whose ids do not match its documents is refused when loaded, so a hand-edited
/// document cannot run under a stale id.
/// </summary>
public static class TrustedDocuments
{
    private const string ResourcePrefix = "TrustedDocuments.";

    /// <summary>The id of a document: <c>sha256:&lt;hex&gt;</c>.</summary>
    public static string IdOf(string document) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The documents built into the Api from schema/trusted-documents.</summary>
    public static IReadOnlyDictionary<string, string> BuiltIn()
    {
        var assembly = typeof(TrustedDocuments).Assembly;
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var (id, text) in Read(stream, name)) documents[id] = text;
        }
        return documents;
    }

    public static IReadOnlyDictionary<string, string> FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads one manifest, checking every id against its document.</summary>
    public static IReadOnlyDictionary<string, string> Read(Stream manifest, string source)
    {
        using var json = JsonDocument.Parse(manifest);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"The trusted-document manifest {source} must be a JSON object from id to document.");
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
                throw new InvalidDataException($"The trusted document {entry.Name} in {source} is not a string.");
            var text = entry.Value.GetString()!;
            if (IdOf(text) != entry.Name)
                throw new InvalidDataException($"The trusted document {entry.Name} in {source} has the id {IdOf(text)}; its id must be the SHA-256 of its text.");
            documents[entry.Name] = text;
        }
        return documents;
    }

    /// <summary>The store and the only-trusted switch for <see cref="RequestExecutorOptions"/>.</summary>
    internal static (IPersistedDocumentStore? Store, bool Required) ForExecutor(TrustedDocumentsOptions options)
    {
        if (options.Mode == TrustedDocumentsMode.Off) return (null, false);
        var documents = options.Manifest is { Length: > 0 } path ? FromFile(path) : BuiltIn();
        return (new InMemoryPersistedDocumentStore(documents), options.Mode == TrustedDocumentsMode.Only);
    }
}
