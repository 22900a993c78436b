using System.Net;
using Commissioning.Api.GraphQL;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Tests.Limits;

/// <summary>Commissioning:GraphQL:TrustedDocuments:Mode: Off, AllowAlso (the default) or Only.</summary>
public sealed class TrustedDocumentsApiTests
{
    private static readonly (string Id, string Text) Providers =
        TrustedDocuments.BuiltIn().Single(d => d.Value.StartsWith("query DashboardProviders", StringComparison.Ordinal)) is var d ? (d.Key, d.Value) : default;

    private static GraphQLApi Start(string? mode, string? manifest = null)
    {
        var settings = new Dictionary<string, string?>();
        if (mode is not null) settings["Commissioning:GraphQL:TrustedDocuments:Mode"] = mode;
        if (manifest is not null) settings["Commissioning:GraphQL:TrustedDocuments:Manifest"] = manifest;
        return GraphQLApi.Start(db =>
        {
            var lscb = TestData.AddLscb(db, "North LSCB", "Northshire");
            TestData.AddProvider(db, 1, ProviderType.NhsTrust, lscb);
        }, settings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("AllowAlso")]
    [InlineData("Only")]
    public async Task A_registered_operation_runs_by_its_document_id(string? mode)
    {
        using var api = Start(mode);
        var (status, body) = await api.PostAsync(new { documentId = Providers.Id, variables = new { first = 10 } }, TestData.Quality);
        Assert.Equal(HttpStatusCode.OK, status);
        body.AssertNoErrors();
        Assert.Equal("Provider 001", body.At("data", "providers", "nodes", 0, "name").GetString());
    }

    [Fact]
    public async Task The_apollo_persisted_query_hash_names_the_same_document()
    {
        using var api = Start("Only");
        var hash = Providers.Id["sha256:".Length..];
        var (_, body) = await api.PostAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }, TestData.Quality);
        Assert.Equal(1, body.At("data", "providers", "totalCount").GetInt32());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Only")]
    public async Task An_unknown_id_is_400_persisted_query_not_found(string? mode)
    {
        using var api = Start(mode);
        var (status, body) = await api.PostAsync(new { documentId = "sha256:" + new string('0', 64) }, TestData.Quality);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", body.ErrorCode());
    }

    [Fact]
    public async Task Only_refuses_query_text_even_when_it_is_a_registered_document()
    {
        using var api = Start("Only");
        var (status, body) = await api.PostAsync(new { query = Providers.Text }, TestData.Quality);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("PERSISTED_QUERY_ID_REQUIRED", body.ErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task AllowAlso_runs_query_text_too()
    {
        using var api = Start("AllowAlso");
        var (status, body) = await api.PostAsync(new { query = "{ providers { totalCount } }" }, TestData.Quality);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.At("data", "providers", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Off_does_not_look_ids_up()
    {
        using var api = Start("Off");
        var (status, body) = await api.PostAsync(new { documentId = Providers.Id }, TestData.Quality);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", body.ErrorCode());
    }

    [Fact]
    public async Task A_configured_manifest_replaces_the_built_in_one()
    {
        const string text = "query Me { me { userId } }";
        var path = Path.Combine(Path.GetTempPath(), $"trusted-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { [TrustedDocuments.IdOf(text)] = text }));
        try
        {
            using var api = Start("Only", path);
            var (_, own) = await api.PostAsync(new { documentId = TrustedDocuments.IdOf(text) }, TestData.Quality);
            Assert.Equal(TestData.Quality.UserId, own.At("data", "me", "userId").GetString());
            var (_, builtIn) = await api.PostAsync(new { documentId = Providers.Id }, TestData.Quality);
            Assert.Equal("PERSISTED_QUERY_NOT_FOUND", builtIn.ErrorCode());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
