namespace Commissioning.Api.Tests.Conventions;

/// <summary>The number of SQL statements depends on the shape of the query, never on how many rows a page holds.</summary>
public sealed class BatchingTests : IClassFixture<ConventionsHarness>
{
    private readonly ConventionsHarness _harness;

    public BatchingTests(ConventionsHarness harness) => _harness = harness;

    private async Task<int> StatementsFor(int pageSize)
    {
        _harness.Database.Log.Clear();
        var response = await _harness.ExecuteAsync(
            $"{{ widgets(first: {pageSize}, where: {{ count: {{ gte: 0 }} }}, order: [{{ quarter: DESC }}]) {{ totalCount edges {{ cursor node {{ name maker {{ name }} }} }} pageInfo {{ hasNextPage }} }} }}");
        response.AssertNoErrors();
        Assert.Equal(pageSize, response.At("data", "widgets", "edges").GetArrayLength());
        Assert.All(response.At("data", "widgets", "edges").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.At("node", "maker", "name").GetString())));
        return _harness.Database.Log.Commands.Count;
    }

    [Fact]
    public async Task A_connection_with_a_nested_DataLoader_field_costs_the_same_statements_for_1_or_30_rows()
    {
        var one = await StatementsFor(1);
        var ten = await StatementsFor(10);
        var twentyNine = await StatementsFor(29);
        Assert.Equal(3, one); // page, count, makers
        Assert.Equal(one, ten);
        Assert.Equal(one, twentyNine);
        // A page that holds all 30 rows is its own count (ConnectionPagingTests).
        Assert.Equal(2, await StatementsFor(30));
    }

    [Fact]
    public async Task Sibling_connections_and_node_lookups_share_one_context_without_overlapping()
    {
        _harness.Database.Log.Clear();
        var response = await _harness.ExecuteAsync("""
            {
              a: widgets(first: 5) { totalCount nodes { maker { name } } }
              b: widgets(last: 5) { totalCount nodes { maker { name } } }
              m: makers { nodes { name } }
            }
            """);
        response.AssertNoErrors();
        Assert.Equal(30, response.At("data", "a", "totalCount").GetInt32());
        Assert.Equal(["Acme", "Bolt", "Cog"], response.At("data", "m", "nodes").Names());
    }
}
