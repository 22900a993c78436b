using System.Text.Json;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>Organisations, contracts, schedules, returns and audits read end to end over HTTP.</summary>
public sealed class ReadSideTests(ReadSideApi fixture) : IClassFixture<ReadSideApi>
{
    private readonly GraphQLApi _api = fixture.Api;

    [Fact]
    public async Task A_provider_shows_its_boards_contract_schedule_returns_and_audits()
    {
        var response = await _api.PostAsync("""
            { providers(where: { odsCode: { eq: "P001" } }) {
                totalCount
                nodes {
                  name type odsCode
                  lscbs { name area }
                  contracts { reference startDate provider { odsCode } section11Schedule { framework isComplete missingParts } }
                  section11Schedules {
                    duties { dutyId rating moderation evidence }
                    indicators { code target amberTolerance unit direction }
                    actionPlanCopying { isSatisfied }
                    auditSchedule { mandatedIssues { title } uncoveredMandatedIssues { title }
                      audits { topic status assuranceLevel plannedQuarter mandatedIssue { title } section11Schedule { provider { odsCode } } } }
                    indicatorReturns { quarter isSubmitted values { value rag } }
                  }
                } } }
            """, caller: TestData.Quality);
        response.AssertNoErrors();
        var provider = response.At("data", "providers", "nodes", 0);
        Assert.Equal(1, response.At("data", "providers", "totalCount").GetInt32());
        Assert.Equal("Provider 001", provider.At("name").GetString());
        Assert.Equal("NHS_TRUST", provider.At("type").GetString());
        Assert.Equal(["North LSCB", "South LSCB"], provider.At("lscbs").Names());

        var contract = provider.At("contracts", 0);
        Assert.Equal("C-001", contract.At("reference").GetString());
        Assert.Equal("2025-04-01", contract.At("startDate").GetString());
        Assert.Equal("P001", contract.At("provider", "odsCode").GetString());
        Assert.True(contract.At("section11Schedule", "isComplete").GetBoolean());
        Assert.Empty(contract.At("section11Schedule", "missingParts").EnumerateArray());

        var schedule = provider.At("section11Schedules", 0);
        var duties = schedule.At("duties").EnumerateArray().ToList();
        Assert.Equal(16, duties.Count);
        Assert.Equal("MET", duties[0].At("rating").GetString());
        Assert.Equal("AGREE", duties[0].At("moderation").GetString());
        Assert.Equal(JsonValueKind.Null, duties[1].At("rating").ValueKind);
        Assert.NotEmpty(schedule.At("indicators").EnumerateArray());
        Assert.True(schedule.At("actionPlanCopying", "isSatisfied").GetBoolean());

        var audit = schedule.At("auditSchedule", "audits", 0);
        Assert.Equal("REPORTED", audit.At("status").GetString());
        Assert.Equal("LIMITED", audit.At("assuranceLevel").GetString());
        Assert.Equal("2025/26-Q2", audit.At("plannedQuarter").GetString());
        Assert.Equal("Allegations against staff", audit.At("mandatedIssue", "title").GetString());
        Assert.Equal("P001", audit.At("section11Schedule", "provider", "odsCode").GetString());
        Assert.Empty(schedule.At("auditSchedule", "uncoveredMandatedIssues").EnumerateArray());

        var indicatorReturn = schedule.At("indicatorReturns", 0);
        Assert.Equal("2025/26-Q1", indicatorReturn.At("quarter").GetString());
        Assert.True(indicatorReturn.At("isSubmitted").GetBoolean());
        var rags = indicatorReturn.At("values").EnumerateArray().Select(v => v.At("rag").GetString()).ToList();
        Assert.Equal(["GREEN", "GREY"], rags);
    }

    [Fact]
    public async Task Filters_and_orders_are_applied()
    {
        var response = await _api.PostAsync("""
            { gps: providers(where: { type: { eq: GP_PRACTICE } }, order: [{ name: DESC }]) { totalCount nodes { name } }
              some: providers(where: { or: [{ odsCode: { eq: "P002" } }, { name: { endsWith: "011" } }] }) { nodes { name } }
              lscbs(where: { area: { startsWith: "North" } }) { nodes { name providers { odsCode } } } }
            """, caller: TestData.Quality);
        response.AssertNoErrors();
        Assert.Equal(["Provider 012", "Provider 009", "Provider 006", "Provider 003"], response.At("data", "gps", "nodes").Names());
        Assert.Equal(4, response.At("data", "gps", "totalCount").GetInt32());
        Assert.Equal(["Provider 002", "Provider 011"], response.At("data", "some", "nodes").Names());
        var north = response.At("data", "lscbs", "nodes", 0);
        Assert.Equal("North LSCB", north.At("name").GetString());
        var codes = north.At("providers").EnumerateArray().Select(p => p.At("odsCode").GetString()).ToList();
        Assert.Equal(["P001", "P002", "P004", "P006", "P008", "P010", "P012"], codes);
    }

    [Fact]
    public async Task Pages_follow_one_another_without_gaps_or_repeats()
    {
        const string Page = "query($after: String) { providers(first: 5, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }";
        var names = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var response = await _api.PostAsync(Page, new { after }, TestData.Quality);
            response.AssertNoErrors();
            names.AddRange(response.At("data", "providers", "nodes").Names());
            pages++;
            var info = response.At("data", "providers", "pageInfo");
            if (!info.At("hasNextPage").GetBoolean()) break;
            after = info.At("endCursor").GetString();
        }
        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, ReadSideApi.ProviderCount).Select(TestData.ProviderName), names);
    }

    [Fact]
    public async Task Ids_refetch_their_objects_through_node_and_nodes()
    {
        var listed = await _api.PostAsync("""
            { providers(first: 1) { nodes { id name contracts { id reference } section11Schedules { id indicatorReturns { id } auditSchedule { audits { id topic } } } } }
              lscbs(first: 1) { nodes { id name } } }
            """, caller: TestData.Quality);
        listed.AssertNoErrors();
        var provider = listed.At("data", "providers", "nodes", 0);
        var ids = new[]
        {
            provider.At("id").GetString(),
            provider.At("contracts", 0, "id").GetString(),
            provider.At("section11Schedules", 0, "id").GetString(),
            provider.At("section11Schedules", 0, "indicatorReturns", 0, "id").GetString(),
            provider.At("section11Schedules", 0, "auditSchedule", "audits", 0, "id").GetString(),
            listed.At("data", "lscbs", "nodes", 0, "id").GetString(),
        };

        var response = await _api.PostAsync("""
            query($id: ID!, $ids: [ID!]!) {
              node(id: $id) { __typename ... on Provider { name } }
              nodes(ids: $ids) { __typename id
                ... on Contract { reference } ... on Section11Schedule { framework } ... on IndicatorReturn { quarter }
                ... on Audit { topic } ... on Lscb { name } ... on Provider { odsCode } } }
            """, new { id = ids[0], ids }, TestData.Quality);
        response.AssertNoErrors();
        Assert.Equal("Provider 001", response.At("data", "node", "name").GetString());
        var nodes = response.At("data", "nodes").EnumerateArray().ToList();
        Assert.Equal(["Provider", "Contract", "Section11Schedule", "IndicatorReturn", "Audit", "Lscb"], nodes.Select(n => n.At("__typename").GetString()));
        Assert.Equal(ids, nodes.Select(n => n.At("id").GetString()));
        Assert.Equal("C-001", nodes[1].At("reference").GetString());
        Assert.Equal("Managing allegations", nodes[4].At("topic").GetString());
    }

    [Fact]
    public async Task Root_lists_filter_by_the_ids_clients_were_given()
    {
        var listed = await _api.PostAsync("""{ providers(where: { odsCode: { eq: "P003" } }) { nodes { id } } }""", caller: TestData.Quality);
        var providerId = listed.At("data", "providers", "nodes", 0, "id").GetString();
        var response = await _api.PostAsync("""
            query($p: ID!) {
              contracts(where: { provider: { eq: $p } }) { nodes { reference } }
              section11Schedules(where: { provider: { eq: $p } }) { totalCount }
              indicatorReturns(where: { provider: { eq: $p }, quarter: { eq: "2025/26-Q1" } }) { nodes { provider { odsCode } } }
              audits(where: { status: { eq: REPORTED }, assuranceLevel: { in: [LIMITED, NONE] } }) { totalCount }
              future: indicatorReturns(where: { quarter: { gt: "2025/26-Q1" } }) { totalCount } }
            """, new { p = providerId }, TestData.Quality);
        response.AssertNoErrors();
        Assert.Equal("C-003", response.At("data", "contracts", "nodes", 0, "reference").GetString());
        Assert.Equal(1, response.At("data", "section11Schedules", "totalCount").GetInt32());
        Assert.Equal("P003", response.At("data", "indicatorReturns", "nodes", 0, "provider", "odsCode").GetString());
        Assert.Equal(ReadSideApi.ProviderCount, response.At("data", "audits", "totalCount").GetInt32());
        Assert.Equal(0, response.At("data", "future", "totalCount").GetInt32());
    }
}
