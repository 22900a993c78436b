using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.GraphQL;

public sealed class MeTests : IDisposable
{
    private const string Me = "{ me { userId displayName role providerId } }";
    private readonly GraphQLApi _api = GraphQLApi.Start();

    [Fact]
    public async Task An_unauthenticated_caller_may_ask_for_typename_and_nothing_else()
    {
        var typename = await _api.PostAsync("{ __typename }");
        typename.AssertNoErrors();
        Assert.Equal("Query", typename.At("data", "__typename").GetString());

        var response = await _api.PostAsync(Me);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.At("errors", 0, "extensions", "code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("data", "me").ValueKind);
    }

    [Fact]
    public async Task A_commissioner_sees_their_identity_and_role()
    {
        var response = await _api.PostAsync(Me, caller: new Actor("nurse-1", "nurse-1", Role.DesignatedNurse));
        response.AssertNoErrors();
        Assert.Equal("nurse-1", response.At("data", "me", "userId").GetString());
        Assert.Equal("DESIGNATED_NURSE", response.At("data", "me", "role").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("data", "me", "providerId").ValueKind);
    }

    [Fact]
    public async Task Provider_staff_reach_their_provider_from_me()
    {
        using var api = GraphQLApi.Start(db => TestData.AddProvider(db, 7, Domain.Organisations.ProviderType.Independent));
        await using var db = api.NewContext();
        var provider = db.Providers.Single();
        var response = await api.PostAsync("{ me { provider { name odsCode indicatorReturns { quarter } } } }",
            caller: new Actor("staff-7", "staff-7", Role.Provider, provider.Id));
        response.AssertNoErrors();
        Assert.Equal("P007", response.At("data", "me", "provider", "odsCode").GetString());
        Assert.Equal("2025/26-Q1", response.At("data", "me", "provider", "indicatorReturns", 0, "quarter").GetString());
    }

    [Fact]
    public async Task Provider_staff_see_the_provider_they_work_for()
    {
        var providerId = Guid.NewGuid();
        var response = await _api.PostAsync(Me, caller: new Actor("staff-1", "staff-1", Role.Provider, providerId));
        response.AssertNoErrors();
        Assert.Equal("PROVIDER", response.At("data", "me", "role").GetString());
        Assert.Equal(NodeId.Encode("Provider", providerId), response.At("data", "me", "providerId").GetString());
    }

    public void Dispose() => _api.Dispose();
}
