using Commissioning.Api.GraphQL.Conventions;

namespace Commissioning.Api.Tests.Conventions;

/// <summary><c>order: [XSortInput!]</c> with <c>SortEnumType</c>: several keys in order, in SQL, and paged by keyset.</summary>
public sealed class SortingTests : IClassFixture<ConventionsHarness>
{
    private readonly ConventionsHarness _harness;

    public SortingTests(ConventionsHarness harness) => _harness = harness;

    private async Task<int[]> Ordered(string order, string more = "first: 100")
    {
        var response = await _harness.ExecuteAsync($"{{ widgets({more}, order: {order}) {{ nodes {{ name }} }} }}");
        response.AssertNoErrors();
        return response.At("data", "widgets", "nodes").Names().Select(n => int.Parse(n[7..])).ToArray();
    }

    private static IEnumerable<int> All => Enumerable.Range(1, ConventionsHarness.WidgetCount);

    [Fact]
    public async Task A_single_key_sorts_both_ways()
    {
        Assert.Equal(All.Reverse(), await Ordered("[{ name: DESC }]"));
        Assert.Equal(All.OrderBy(i => i * 1.25m), await Ordered("[{ price: ASC }]"));
        Assert.Equal(All.OrderByDescending(i => i), await Ordered("[{ updatedAt: DESC }]"));
    }

    [Fact]
    public async Task Several_keys_apply_in_the_order_given_with_the_id_as_final_tie_breaker()
    {
        Assert.Equal(All.OrderBy(i => i % 7).ThenByDescending(i => i), await Ordered("[{ count: ASC }, { name: DESC }]"));
        Assert.Equal(All.OrderByDescending(i => i % 4 == 0).ThenBy(i => i % 8).ThenBy(i => i),
            await Ordered("[{ priority: DESC }, { quarter: ASC }]"));
        Assert.Equal(All.OrderBy(i => i % 7).ThenBy(i => i), await Ordered("[{ count: ASC }]"));
    }

    [Fact]
    public async Task Keyset_paging_follows_a_multi_key_ordering_in_both_directions()
    {
        var expected = All.OrderByDescending(i => i % 8).ThenBy(i => i % 7).ThenBy(i => i).ToArray();
        const string order = "[{ quarter: DESC }, { count: ASC }]";
        var seen = new List<int>();
        string? after = null;
        do
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var response = await _harness.ExecuteAsync($"{{ widgets(first: 7{cursor}, order: {order}) {{ nodes {{ name }} pageInfo {{ hasNextPage endCursor }} }} }}");
            response.AssertNoErrors();
            seen.AddRange(response.At("data", "widgets", "nodes").Names().Select(n => int.Parse(n[7..])));
            after = response.At("data", "widgets", "pageInfo", "hasNextPage").GetBoolean() ? response.At("data", "widgets", "pageInfo", "endCursor").GetString() : null;
        }
        while (after is not null);
        Assert.Equal(expected, seen);

        Assert.Equal(expected[^7..], await Ordered(order, "last: 7"));
    }

    [Fact]
    public async Task Sorting_happens_in_SQL()
    {
        _harness.Database.Log.Clear();
        await Ordered("[{ due: DESC }, { count: ASC }]", "first: 3");
        Assert.Contains("ORDER BY", _harness.Database.Log.Commands.Single());
    }

    [Fact]
    public async Task A_default_order_applies_when_none_is_given()
    {
        var response = await _harness.ExecuteAsync("{ makers { nodes { name } } }");
        Assert.Equal(["Acme", "Bolt", "Cog"], response.At("data", "makers", "nodes").Names());
    }

    [Fact]
    public async Task A_sort_item_with_two_fields_is_ambiguous_and_refused()
    {
        var response = await _harness.ExecuteAsync("{ widgets(order: [{ name: ASC, count: DESC }]) { nodes { name } } }");
        Assert.Equal(ConventionErrorCodes.InvalidFilter, response.ErrorCode());
    }

    [Fact]
    public async Task Sort_types_have_HotChocolates_shape()
    {
        var response = await _harness.ExecuteAsync(
            "{ e: __type(name: \"SortEnumType\") { enumValues { name } } s: __type(name: \"WidgetSortInput\") { inputFields { name type { name } } } }");
        response.AssertNoErrors();
        Assert.Equal(["ASC", "DESC"], response.At("data", "e", "enumValues").Names());
        Assert.All(response.At("data", "s", "inputFields").EnumerateArray(), f => Assert.Equal("SortEnumType", f.At("type", "name").GetString()));
    }
}
