using System.Text.Json;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Organisations;
using Commissioning.GraphQL.Validation.Limits;

namespace Commissioning.Api.Tests.Limits;

/// <summary>
/// The operation limits configured under Commissioning:GraphQL:Limits: an operation at each limit runs, one just
/// past it is refused before anything runs, with the limit's code and no data.
/// </summary>
public sealed class OperationLimitsApiTests
{
    private static GraphQLApi Start(string setting, string value) => GraphQLApi.Start(Seed,
        new Dictionary<string, string?> { ["Commissioning:GraphQL:Limits:" + setting] = value });

    private static void Seed(Api.Data.CommissioningDbContext db)
    {
        var lscb = TestData.AddLscb(db, "North LSCB", "Northshire");
        for (var n = 1; n <= 3; n++) TestData.AddProvider(db, n, ProviderType.NhsTrust, lscb);
    }

    private static void AssertRefused(JsonElement response, string code)
    {
        Assert.Equal(code, response.ErrorCode());
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Depth_at_the_configured_maximum_runs_and_one_deeper_is_refused()
    {
        using var api = Start("MaxDepth", "3");
        var atLimit = await api.PostAsync("{ providers { nodes { name } } }", caller: TestData.Quality);
        atLimit.AssertNoErrors();
        Assert.Equal(3, atLimit.At("data", "providers", "nodes").GetArrayLength());

        var deeper = await api.PostAsync("{ providers { nodes { lscbs { name } } } }", caller: TestData.Quality);
        AssertRefused(deeper, OperationLimitCodes.MaxDepthExceeded);
        Assert.Equal("The operation is 4 fields deep; the maximum depth is 3.", deeper.ErrorMessage());
    }

    [Fact]
    public async Task Aliases_at_the_configured_maximum_run_and_one_more_is_refused()
    {
        using var api = Start("MaxAliases", "2");
        (await api.PostAsync("{ a: me { userId } b: me { userId } }", caller: TestData.Quality)).AssertNoErrors();
        AssertRefused(await api.PostAsync("{ a: me { userId } b: me { userId } c: me { userId } }", caller: TestData.Quality),
            OperationLimitCodes.MaxAliasesExceeded);
    }

    [Fact]
    public async Task Root_fields_at_the_configured_maximum_run_and_one_more_is_refused()
    {
        using var api = Start("MaxRootFields", "2");
        (await api.PostAsync("{ me { userId } providers { totalCount } }", caller: TestData.Quality)).AssertNoErrors();
        AssertRefused(await api.PostAsync("{ me { userId } providers { totalCount } lscbs { totalCount } }", caller: TestData.Quality),
            OperationLimitCodes.MaxRootFieldsExceeded);
    }

    [Fact]
    public async Task Field_cost_at_the_configured_maximum_runs_and_one_more_is_refused()
    {
        // providers is a connection: @cost 10, and `first` nodes of weight 1 each.
        using var api = Start("MaxFieldCost", "60");
        var atLimit = await api.PostAsync("{ providers(first: 50) { nodes { name } } }", caller: TestData.Quality);
        atLimit.AssertNoErrors();
        var past = await api.PostAsync("{ providers(first: 51) { nodes { name } } }", caller: TestData.Quality);
        AssertRefused(past, OperationLimitCodes.MaxFieldCostExceeded);
        Assert.Equal(61, past.At("errors", 0, "extensions", "actual").GetDouble());
    }

    [Fact]
    public async Task Field_cost_reads_first_from_the_variables()
    {
        using var api = Start("MaxFieldCost", "60");
        const string query = "query($first: Int) { providers(first: $first) { nodes { name } } }";
        (await api.PostAsync(query, new { first = 50 }, TestData.Quality)).AssertNoErrors();
        AssertRefused(await api.PostAsync(query, new { first = 51 }, TestData.Quality), OperationLimitCodes.MaxFieldCostExceeded);
    }

    [Fact]
    public async Task The_cost_is_in_the_response_extensions_only_when_reporting_is_on()
    {
        using (var api = Start("ReportCost", "true"))
        {
            var response = await api.PostAsync("{ providers(first: 50) { nodes { name } } }", caller: TestData.Quality);
            Assert.Equal(60, response.At("extensions", "operationCost", "fieldCost").GetDouble());
            Assert.Equal(3, response.At("extensions", "operationCost", "depth").GetInt32());
        }
        using (var api = GraphQLApi.Start(Seed))
        {
            var response = await api.PostAsync("{ providers(first: 50) { nodes { name } } }", caller: TestData.Quality);
            Assert.False(response.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("operationCost", out _));
        }
    }

    [Fact]
    public async Task A_limit_set_to_zero_is_off()
    {
        using var api = Start("MaxAliases", "0");
        (await api.PostAsync("{ a: me { userId } b: me { userId } c: me { userId } }", caller: TestData.Quality)).AssertNoErrors();
    }
}
