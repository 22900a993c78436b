using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Tests.Conformance;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Persisted documents (GraphQL over HTTP, persisted operations): allowed beside query text, or required.</summary>
public class TrustedDocumentsTests
{
    private static readonly Schema Schema = SdlSchema.Build("type Query { a: String }",
        new Dictionary<string, FieldResolver> { ["Query.a"] = _ => new("A") });

    private static readonly InMemoryPersistedDocumentStore Store = new([new("sha256:known", "{ a }")]);

    private static Task<ExecutionResult> RunAsync(bool required, string? query = null, string? documentId = null) =>
        new RequestExecutor(new RequestExecutorOptions { Schema = Schema, PersistedDocuments = Store, RequirePersistedDocuments = required })
            .ExecuteAsync(new ExecutionRequest { Query = query, DocumentId = documentId, Services = NoServices.Instance }, default).AsTask();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_registered_document_runs_by_its_id(bool required)
    {
        Assert.Equal("{\"data\":{\"a\":\"A\"}}", Run.Json(await RunAsync(required, documentId: "sha256:known")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_id_is_not_found(bool required)
    {
        var result = await RunAsync(required, documentId: "sha256:unknown");
        Assert.Equal(RequestFailure.DocumentNotFound, result.Failure);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Query_text_runs_beside_persisted_documents_unless_they_are_required()
    {
        Assert.Equal(RequestFailure.None, (await RunAsync(required: false, query: "{ a }")).Failure);

        var refused = await RunAsync(required: true, query: "{ a }");
        Assert.Equal(RequestFailure.DocumentNotFound, refused.Failure);
        var error = Assert.Single(refused.Errors!);
        Assert.Equal("PERSISTED_QUERY_ID_REQUIRED", error.Code);
        Assert.Contains("only runs trusted documents", error.Message);
    }
}
