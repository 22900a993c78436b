using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>
/// <c>audits(where: { provider: ... })</c>: audits do not hold their provider, so the filter reaches it
/// through the schedule, in the same SQL statement whatever the number of providers.
/// </summary>
public sealed class AuditsByProviderTests(ReadSideApi fixture) : IClassFixture<ReadSideApi>
{
    private const string ByProvider = """
        query($providers: [ID!]!) {
          audits(where: { provider: { in: $providers } }, order: [{ topic: ASC }]) {
            totalCount
            nodes { topic section11Schedule { provider { odsCode } } }
          }
        }
        """;

    private readonly GraphQLApi _api = fixture.Api;

    [Fact]
    public async Task Only_the_audits_of_the_providers_asked_for_are_listed()
    {
        var ids = await ProviderIdsAsync("P002", "P005");

        var response = await _api.PostAsync(ByProvider, new { providers = ids });
        response.AssertNoErrors();
        Assert.Equal(2, response.At("data", "audits", "totalCount").GetInt32());
        var owners = response.At("data", "audits", "nodes").EnumerateArray()
            .Select(n => n.At("section11Schedule", "provider", "odsCode").GetString()).Order().ToList();
        Assert.Equal(["P002", "P005"], owners);

        var unfiltered = await _api.PostAsync(ByProvider.Replace("where: { provider: { in: $providers } }, ", "").Replace("($providers: [ID!]!)", ""));
        unfiltered.AssertNoErrors();
        Assert.Equal(unfiltered.At("extensions", "sqlStatements").GetInt32(), response.At("extensions", "sqlStatements").GetInt32());
    }

    [Fact]
    public async Task Eq_combines_with_other_conditions_and_an_unknown_provider_has_no_audits()
    {
        var id = (await ProviderIdsAsync("P003"))[0];
        var response = await _api.PostAsync("""
            query($provider: ID!, $nobody: ID!) {
              mine: audits(where: { and: [{ provider: { eq: $provider } }, { status: { eq: REPORTED } }] }) { totalCount }
              none: audits(where: { provider: { eq: $provider }, status: { eq: PLANNED } }) { totalCount }
              nobody: audits(where: { provider: { eq: $nobody } }) { totalCount }
              everyone: audits { totalCount }
            }
            """, new { provider = id, nobody = Api.GraphQL.Conventions.NodeId.Encode("Provider", Guid.NewGuid()) });
        response.AssertNoErrors();
        Assert.Equal(1, response.At("data", "mine", "totalCount").GetInt32());
        Assert.Equal(0, response.At("data", "none", "totalCount").GetInt32());
        Assert.Equal(0, response.At("data", "nobody", "totalCount").GetInt32());
        Assert.Equal(ReadSideApi.ProviderCount, response.At("data", "everyone", "totalCount").GetInt32());
    }

    private async Task<string[]> ProviderIdsAsync(params string[] odsCodes)
    {
        var response = await _api.PostAsync("""
            query($codes: [String!]) { providers(where: { odsCode: { in: $codes } }) { nodes { id odsCode } } }
            """, new { codes = odsCodes });
        response.AssertNoErrors();
        return response.At("data", "providers", "nodes").EnumerateArray()
            .OrderBy(n => n.At("odsCode").GetString()).Select(n => n.At("id").GetString()!).ToArray();
    }
}
