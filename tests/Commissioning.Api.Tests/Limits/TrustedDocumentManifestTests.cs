using System.Text;
using System.Text.Json;
using Commissioning.Api.GraphQL;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Validation;

namespace Commissioning.Api.Tests.Limits;

/// <summary>
/// schema/trusted-documents holds the dashboards' registered operations: each id is the SHA-256 of its document,
/// each document is valid against the schema the Api serves, and the Api carries exactly these documents.
/// </summary>
public sealed class TrustedDocumentManifestTests
{
    private static string[] ManifestNames() =>
        Directory.GetFiles(Path.Combine(SchemaFileTests.RepositoryRoot(), "schema", "trusted-documents"), "*.json").Select(p => Path.GetFileName(p)).ToArray();

    public static TheoryData<string> Manifests() => new(ManifestNames());

    private static Dictionary<string, string> Read(string manifest)
    {
        var path = Path.Combine(SchemaFileTests.RepositoryRoot(), "schema", "trusted-documents", manifest);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Each_id_is_the_sha256_of_its_document(string manifest)
    {
        var documents = Read(manifest);
        Assert.NotEmpty(documents);
        foreach (var (id, text) in documents)
        {
            var expected = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            Assert.True(id == expected, $"{manifest}: the document registered as {id} hashes to {expected}.");
        }
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Each_document_is_one_named_operation_valid_against_the_schema(string manifest)
    {
        var schema = CommissioningSchema.Build(SchemaModules.All);
        foreach (var (id, text) in Read(manifest))
        {
            var document = Parser.Parse(text);
            var errors = DocumentValidator.Validate(schema, document);
            Assert.True(errors.Count == 0, $"{manifest} {id}: {string.Join("; ", errors.Select(e => e.Message))}");
            var operation = Assert.Single(document.Definitions.OfType<OperationDefinitionNode>());
            Assert.NotNull(operation.Name);
        }
    }

    [Fact]
    public void The_api_carries_every_manifest_of_the_repository()
    {
        var inRepository = ManifestNames().SelectMany(Read).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(inRepository.OrderBy(p => p.Key, StringComparer.Ordinal), TrustedDocuments.BuiltIn().OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_manifest_whose_id_does_not_match_its_document_is_refused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"sha256:0000\": \"query Q { me { userId } }\"}"));
        var error = Assert.Throws<InvalidDataException>(() => TrustedDocuments.Read(stream, "test.json"));
        Assert.Contains("must be the SHA-256 of its text", error.Message);
    }
}
