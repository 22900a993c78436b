using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Tests.Limits;

/// <summary>The page size cap of every connection: more than the maximum is an error, never a silently shorter page.</summary>
public sealed class PageSizeApiTests
{
    private static void Seed(Api.Data.CommissioningDbContext db)
    {
        var lscb = TestData.AddLscb(db, "North LSCB", "Northshire");
        for (var n = 1; n <= 7; n++) TestData.AddProvider(db, n, ProviderType.NhsTrust, lscb);
    }

    [Theory]
    [InlineData("first")]
    [InlineData("last")]
    public async Task The_default_maximum_of_100_is_allowed_and_101_is_an_error(string argument)
    {
        using var api = GraphQLApi.Start(Seed);
        var atLimit = await api.PostAsync($"{{ providers({argument}: 100) {{ nodes {{ name }} }} }}", caller: TestData.Quality);
        atLimit.AssertNoErrors();
        Assert.Equal(7, atLimit.At("data", "providers", "nodes").GetArrayLength());

        var past = await api.PostAsync($"{{ providers({argument}: 101) {{ nodes {{ name }} }} }}", caller: TestData.Quality);
        Assert.Equal(ConventionErrorCodes.MaxPageSizeExceeded, past.ErrorCode());
        Assert.Equal($"`{argument}` must not exceed the maximum page size of 100; it was 101.", past.ErrorMessage());
    }

    [Fact]
    public async Task The_page_sizes_come_from_configuration()
    {
        using var api = GraphQLApi.Start(Seed, new Dictionary<string, string?>
        {
            ["Commissioning:GraphQL:Paging:DefaultPageSize"] = "2",
            ["Commissioning:GraphQL:Paging:MaxPageSize"] = "5",
        });
        var byDefault = await api.PostAsync("{ providers { nodes { name } } }", caller: TestData.Quality);
        Assert.Equal(2, byDefault.At("data", "providers", "nodes").GetArrayLength());

        var atLimit = await api.PostAsync("{ providers(first: 5) { nodes { name } } }", caller: TestData.Quality);
        Assert.Equal(5, atLimit.At("data", "providers", "nodes").GetArrayLength());

        var past = await api.PostAsync("{ providers(first: 6) { nodes { name } } }", caller: TestData.Quality);
        Assert.Equal(ConventionErrorCodes.MaxPageSizeExceeded, past.ErrorCode());
        Assert.Contains("maximum page size of 5", past.ErrorMessage());
    }
}
