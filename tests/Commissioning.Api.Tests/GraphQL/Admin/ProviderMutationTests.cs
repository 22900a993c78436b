using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>createProvider and updateProvider: quality team only, unique ODS codes, optimistic concurrency.</summary>
public sealed class ProviderMutationTests : IDisposable
{
    private const string Create = $$"""
        mutation ($input: CreateProviderInput!) { createProvider(input: $input) { provider { id name odsCode type } {{AdminWorld.Errors}} } }
        """;

    private const string Update = $$"""
        mutation ($input: UpdateProviderInput!) { updateProvider(input: $input) { provider { id name odsCode type } {{AdminWorld.Errors}} } }
        """;

    private readonly AdminWorld _world = new();

    private static object NewProvider(string odsCode = "rdz", string name = "Bournemouth Trust", string[]? lscbIds = null) =>
        new { input = new { name, type = "FOUNDATION_TRUST", odsCode, lscbIds } };

    private object Change(int version, string odsCode = "RBD", string name = "Poole Hospital NHS FT") =>
        new { input = new { id = _world.ProviderId, expectedVersion = version, name, type = "FOUNDATION_TRUST", odsCode } };

    [Fact]
    public async Task The_quality_team_registers_a_provider_with_its_LSCB()
    {
        var payload = await _world.Succeeds("createProvider", Create,
            NewProvider(lscbIds: [NodeId.Encode("Lscb", _world.Lscb.Id)]), AdminWorld.QualityTeam);
        Assert.Equal("RDZ", payload.At("provider", "odsCode").GetString());
        Assert.Equal("FOUNDATION_TRUST", payload.At("provider", "type").GetString());
        using var db = _world.Api.NewContext();
        var stored = db.Providers.Single(p => p.OdsCode == "RDZ");
        Assert.Equal([_world.Lscb.Id], stored.LscbIds);
    }

    [Fact]
    public async Task Registering_is_refused_for_anyone_else_a_taken_or_malformed_code_or_an_unknown_LSCB()
    {
        await _world.Denied("createProvider", Create, NewProvider(), AdminWorld.Director, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("createProvider", Create, NewProvider(odsCode: " rbd "), AdminWorld.QualityTeam, "DuplicateError");
        await _world.Refused("createProvider", Create, NewProvider(odsCode: "12"), AdminWorld.QualityTeam, "InvalidOdsCodeError");
        await _world.Refused("createProvider", Create, NewProvider(name: " "), AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Refused("createProvider", Create, NewProvider(lscbIds: [NodeId.Encode("Lscb", Guid.NewGuid())]), AdminWorld.QualityTeam, "NotFoundError");
    }

    [Fact]
    public async Task An_update_based_on_the_current_version_is_stored_and_a_stale_one_conflicts()
    {
        var version = _world.Provider.Version;
        var payload = await _world.Succeeds("updateProvider", Update, Change(version), AdminWorld.QualityTeam);
        Assert.Equal("Poole Hospital NHS FT", payload.At("provider", "name").GetString());
        await _world.Refused("updateProvider", Update, Change(version, name: "Someone else's edit"), AdminWorld.QualityTeam, "ConcurrencyConflictError");
    }

    [Fact]
    public async Task Updating_is_refused_for_anyone_else_a_taken_code_or_an_unknown_provider()
    {
        var version = _world.Provider.Version;
        await _world.Denied("updateProvider", Update, Change(version), _world.Staff, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("updateProvider", Update, Change(version, odsCode: "J81001"), AdminWorld.QualityTeam, "DuplicateError");
        await _world.Refused("updateProvider", Update, Change(version, odsCode: "R-1"), AdminWorld.QualityTeam, "InvalidOdsCodeError");
        await _world.Refused("updateProvider", Update, Change(version, name: ""), AdminWorld.QualityTeam, "ValidationFailedError");
        await _world.Refused("updateProvider", Update,
            new { input = new { id = NodeId.Encode("Provider", Guid.NewGuid()), expectedVersion = 0, name = "X", type = "OTHER", odsCode = "XYZ" } },
            AdminWorld.QualityTeam, "NotFoundError");
    }

    [Fact]
    public async Task In_one_request_a_refused_mutation_stores_nothing_and_the_next_one_still_applies()
    {
        var version = _world.Provider.Version;
        var response = await _world.Api.PostAsync($$"""
            mutation ($stale: UpdateProviderInput!, $current: UpdateProviderInput!) {
              first: updateProvider(input: $stale) { provider { name } {{AdminWorld.Errors}} }
              second: updateProvider(input: $current) { provider { name version } {{AdminWorld.Errors}} }
            }
            """, new
        {
            stale = new { id = _world.ProviderId, expectedVersion = version + 1, name = "Stale edit", type = "OTHER", odsCode = "RBD" },
            current = new { id = _world.ProviderId, expectedVersion = version, name = "Current edit", type = "NHS_TRUST", odsCode = "RBD" },
        }, AdminWorld.QualityTeam);
        response.AssertNoErrors();
        Assert.Equal("ConcurrencyConflictError", response.At("data", "first", "errors", 0, "__typename").GetString());
        Assert.Equal(version + 1, response.At("data", "second", "provider", "version").GetInt32());
        using var db = _world.Api.NewContext();
        Assert.Equal("Current edit", db.Providers.Single(p => p.Id == _world.Provider.Id).Name);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_a_GraphQL_error_and_nothing_is_stored()
    {
        var response = await _world.Api.PostAsync(Create, NewProvider());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
        using var db = _world.Api.NewContext();
        Assert.DoesNotContain(db.Providers, p => p.OdsCode == "RDZ");
    }

    public void Dispose() => _world.Dispose();
}
