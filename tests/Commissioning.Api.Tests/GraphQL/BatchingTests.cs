using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>Every relation goes through a DataLoader, so the statements a request runs depend on its shape, not on how many rows it returns.</summary>
public sealed class BatchingTests
{
    private const string Dashboard = """
        { providers(first: 100) { totalCount nodes { name lscbs { name providers { odsCode } }
            contracts { reference provider { name } section11Schedule { isComplete provider { odsCode } } }
            section11Schedules { contract { reference } duties { rating }
              auditSchedule { audits { status mandatedIssue { title } section11Schedule { framework } } }
              indicatorReturns { quarter provider { name } values { rag } } } } } }
        """;

    [Fact]
    public async Task A_providers_query_over_100_providers_runs_as_many_statements_as_over_10()
    {
        var ten = await StatementsFor(10);
        var hundred = await StatementsFor(100);
        Assert.True(ten > 0);
        Assert.Equal(ten, hundred);
    }

    private static async Task<int> StatementsFor(int providers)
    {
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = TestData.AddLscb(db, "North LSCB", "Northshire");
            for (var n = 1; n <= providers; n++) TestData.AddProvider(db, n, ProviderType.NhsTrust, lscb);
        });
        var response = await api.PostAsync(Dashboard, caller: TestData.Quality);
        response.AssertNoErrors();
        Assert.Equal(providers, response.At("data", "providers", "nodes").GetArrayLength());
        return response.At("extensions", "sqlStatements").GetInt32();
    }
}
