using Commissioning.Api.GraphQL.Conventions;

namespace Commissioning.Api.Tests.Conventions;

/// <summary><c>where:</c> filters: each operation of each operation input, nested and/or, always in SQL.</summary>
public sealed class FilteringTests : IClassFixture<ConventionsHarness>
{
    private readonly ConventionsHarness _harness;

    public FilteringTests(ConventionsHarness harness) => _harness = harness;

    /// <summary>The ids of the widgets matching <paramref name="where"/>, checking the filter reached SQL.</summary>
    private async Task<int[]> Matching(string where, IReadOnlyDictionary<string, object?>? variables = null, string declarations = "")
    {
        _harness.Database.Log.Clear();
        var query = declarations.Length == 0
            ? $"{{ widgets(first: 100, where: {where}) {{ nodes {{ name }} }} }}"
            : $"query({declarations}) {{ widgets(first: 100, where: {where}) {{ nodes {{ name }} }} }}";
        var response = await _harness.ExecuteAsync(query, variables);
        response.AssertNoErrors();
        Assert.Contains("WHERE", _harness.Database.Log.Commands.Single());
        return response.At("data", "widgets", "nodes").Names().Select(n => int.Parse(n[7..])).ToArray();
    }

    private static int[] Ids(Func<int, bool> predicate) => Enumerable.Range(1, ConventionsHarness.WidgetCount).Where(predicate).ToArray();

    [Theory]
    [InlineData("{ name: { eq: \"Widget 07\" } }", new[] { 7 })]
    [InlineData("{ name: { in: [\"Widget 07\", \"Widget 09\", \"nope\"] } }", new[] { 7, 9 })]
    [InlineData("{ name: { contains: \"t 1\" } }", new[] { 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 })]
    [InlineData("{ name: { startsWith: \"Widget 3\" } }", new[] { 30 })]
    [InlineData("{ name: { endsWith: \"5\" } }", new[] { 5, 15, 25 })]
    public async Task String_operations(string where, int[] expected) => Assert.Equal(expected, await Matching(where));

    [Fact]
    public async Task Negated_string_operations_are_the_complements()
    {
        Assert.Equal(Ids(i => i != 7), await Matching("{ name: { neq: \"Widget 07\" } }"));
        Assert.Equal(Ids(i => i is not (7 or 9)), await Matching("{ name: { nin: [\"Widget 07\", \"Widget 09\"] } }"));
        Assert.Equal(Ids(i => i is < 10 or > 19), await Matching("{ name: { ncontains: \"t 1\" } }"));
        Assert.Equal(Ids(i => i != 30), await Matching("{ name: { nstartsWith: \"Widget 3\" } }"));
        Assert.Equal(Ids(i => i % 10 != 5), await Matching("{ name: { nendsWith: \"5\" } }"));
    }

    [Fact]
    public async Task Null_equality_on_a_nullable_string_matches_missing_values()
    {
        Assert.Equal(Ids(i => i % 5 == 0), await Matching("{ notes: { eq: null } }"));
        Assert.Equal(Ids(i => i % 5 != 0), await Matching("{ notes: { neq: null } }"));
        Assert.Equal(Ids(i => i % 5 != 0 && i % 2 == 1), await Matching("{ notes: { contains: \"od\" } }"));
    }

    [Fact]
    public async Task Comparable_operations_on_Int()
    {
        Assert.Equal(Ids(i => i % 7 == 3), await Matching("{ count: { eq: 3 } }"));
        Assert.Equal(Ids(i => i % 7 != 3), await Matching("{ count: { neq: 3 } }"));
        Assert.Equal(Ids(i => i % 7 is 1 or 2), await Matching("{ count: { in: [1, 2] } }"));
        Assert.Equal(Ids(i => i % 7 is not (1 or 2)), await Matching("{ count: { nin: [1, 2] } }"));
        Assert.Equal(Ids(i => i % 7 > 4), await Matching("{ count: { gt: 4 } }"));
        Assert.Equal(Ids(i => i % 7 <= 4), await Matching("{ count: { ngt: 4 } }"));
        Assert.Equal(Ids(i => i % 7 >= 4), await Matching("{ count: { gte: 4 } }"));
        Assert.Equal(Ids(i => i % 7 < 4), await Matching("{ count: { ngte: 4 } }"));
        Assert.Equal(Ids(i => i % 7 < 2), await Matching("{ count: { lt: 2 } }"));
        Assert.Equal(Ids(i => i % 7 >= 2), await Matching("{ count: { nlt: 2 } }"));
        Assert.Equal(Ids(i => i % 7 <= 2), await Matching("{ count: { lte: 2 } }"));
        Assert.Equal(Ids(i => i % 7 > 2), await Matching("{ count: { nlte: 2 } }"));
        Assert.Equal(Ids(i => i % 7 is > 1 and < 5), await Matching("{ count: { gt: 1, lt: 5 } }"));
    }

    [Fact]
    public async Task Comparable_operations_on_the_custom_scalars()
    {
        Assert.Equal(Ids(i => i > 27), await Matching("{ big: { gt: \"5000000027\" } }"));
        Assert.Equal(Ids(i => i <= 3), await Matching("{ big: { lte: 5000000003 } }"));
        Assert.Equal(Ids(i => i * 1.25m >= 35m), await Matching("{ price: { gte: 35.0 } }"));
        Assert.Equal(Ids(i => i < 5), await Matching("{ updatedAt: { lt: \"2025-01-01T05:00:00Z\" } }"));
        Assert.Equal(Ids(i => i >= 5), await Matching("{ updatedAt: { nlt: \"2025-01-01T06:00:00+01:00\" } }"));
        Assert.Equal(Ids(i => i is 1 or 2), await Matching("{ due: { lte: \"2025-04-03\" } }"));
        Assert.Equal(Ids(i => i != 3), await Matching("{ due: { neq: \"2025-04-04\" } }"));
        Assert.Equal(Ids(i => i % 8 >= 6), await Matching("{ quarter: { gte: \"2025/26-Q3\" } }"));
        Assert.Equal(Ids(i => i % 8 is 0 or 7), await Matching("{ quarter: { in: [\"2024/25-Q1\", \"2025/26-Q4\"] } }"));
    }

    [Fact]
    public async Task Boolean_enum_and_UUID_operations()
    {
        Assert.Equal(Ids(i => i % 3 == 0), await Matching("{ active: { eq: true } }"));
        Assert.Equal(Ids(i => i % 3 != 0), await Matching("{ active: { neq: true } }"));
        Assert.Equal(Ids(i => i % 4 == 0), await Matching("{ priority: { eq: HIGH } }"));
        Assert.Equal(Ids(i => i % 4 != 0), await Matching("{ priority: { nin: [HIGH] } }"));
        Assert.Equal(Ids(i => i % 4 == 0), await Matching("{ priority: { in: [HIGH] } }"));
        Assert.Equal(Ids(i => i % 4 != 0), await Matching("{ priority: { neq: HIGH } }"));
        Assert.Equal(new[] { 2 }, await Matching("{ reference: { eq: \"00000002-0000-0000-0000-000000000000\" } }"));
        Assert.Equal(Ids(i => i != 2), await Matching("{ reference: { nin: [\"00000002-0000-0000-0000-000000000000\"] } }"));
        Assert.Equal(new[] { 1, 2 }, await Matching("{ reference: { lt: \"00000003-0000-0000-0000-000000000000\" } }"));
    }

    [Fact]
    public async Task Id_filters_take_global_ids_and_compare_keys_in_SQL()
    {
        var maker2 = NodeId.Encode("Maker", 2);
        Assert.Equal(Ids(i => i % 3 + 1 == 2), await Matching($"{{ maker: {{ eq: \"{maker2}\" }} }}"));
        Assert.Equal(Ids(i => i % 3 + 1 != 2), await Matching($"{{ maker: {{ neq: \"{maker2}\" }} }}"));
        Assert.Equal(new[] { 4, 9 }, await Matching($"{{ id: {{ in: [\"{NodeId.Encode("Widget", 9)}\", \"{NodeId.Encode("Widget", 4)}\"] }} }}"));
        Assert.Equal(Ids(i => i != 4), await Matching($"{{ id: {{ nin: [\"{NodeId.Encode("Widget", 4)}\"] }} }}"));
    }

    [Fact]
    public async Task An_id_filter_given_another_types_id_is_an_error()
    {
        var response = await _harness.ExecuteAsync($"{{ widgets(where: {{ maker: {{ eq: \"{NodeId.Encode("Widget", 2)}\" }} }}) {{ nodes {{ name }} }} }}");
        Assert.Equal(ConventionErrorCodes.NodeIdTypeMismatch, response.ErrorCode());
    }

    [Fact]
    public async Task Fields_of_one_object_are_conjoined_and_and_or_nest()
    {
        Assert.Equal(Ids(i => i % 3 == 0 && i % 4 == 0), await Matching("{ active: { eq: true }, priority: { eq: HIGH } }"));
        Assert.Equal(Ids(i => i < 3 || i > 28), await Matching("{ or: [{ due: { lt: \"2025-04-04\" } }, { due: { gt: \"2025-04-29\" } }] }"));
        Assert.Equal(Ids(i => (i % 3 == 0 || i % 4 == 0) && i > 20),
            await Matching("{ and: [{ or: [{ active: { eq: true } }, { priority: { eq: HIGH } }] }, { count: { gte: 0 }, due: { gt: \"2025-04-21\" } }] }"));
        Assert.Equal(Ids(i => i % 3 == 0 && i > 26),
            await Matching("{ active: { eq: true }, or: [{ and: [{ due: { gt: \"2025-04-27\" } }] }] }"));
    }

    [Fact]
    public async Task Filters_arrive_as_variables_too()
    {
        var where = new Dictionary<string, object?>
        {
            ["or"] = new List<object?>
            {
                new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = "Widget 04" } },
                new Dictionary<string, object?> { ["quarter"] = new Dictionary<string, object?> { ["eq"] = "2024/25-Q2" } },
            },
        };
        Assert.Equal(Ids(i => i == 4 || i % 8 == 1), await Matching("$where", new Dictionary<string, object?> { ["where"] = where }, "$where: WidgetFilterInput"));
    }

    [Fact]
    public async Task Filters_apply_to_totalCount_and_page_alike()
    {
        var response = await _harness.ExecuteAsync("{ widgets(first: 2, where: { priority: { eq: HIGH } }) { totalCount nodes { name } pageInfo { hasNextPage } } }");
        response.AssertNoErrors();
        Assert.Equal(7, response.At("data", "widgets", "totalCount").GetInt32());
        Assert.Equal(["Widget 04", "Widget 08"], response.At("data", "widgets", "nodes").Names());
        Assert.True(response.At("data", "widgets", "pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_null_bound_for_a_comparison_is_an_error_not_an_empty_result()
    {
        var response = await _harness.ExecuteAsync("{ widgets(where: { count: { gt: null } }) { nodes { name } } }");
        Assert.Equal(ConventionErrorCodes.InvalidFilter, response.ErrorCode());
    }

    [Fact]
    public async Task The_filter_input_types_have_HotChocolates_shape()
    {
        var response = await _harness.ExecuteAsync(
            "{ s: __type(name: \"StringOperationFilterInput\") { inputFields { name } } i: __type(name: \"IntOperationFilterInput\") { inputFields { name } } w: __type(name: \"WidgetFilterInput\") { inputFields { name type { name } } } }");
        response.AssertNoErrors();
        Assert.Equal(["eq", "neq", "in", "nin", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"],
            response.At("data", "s", "inputFields").Names());
        Assert.Equal(["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"], response.At("data", "i", "inputFields").Names());
        var widgetFields = response.At("data", "w", "inputFields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.At("type").GetProperty("name").GetString());
        Assert.Equal("DateTimeOperationFilterInput", widgetFields["updatedAt"]);
        Assert.Equal("FinancialQuarterOperationFilterInput", widgetFields["quarter"]);
        Assert.Equal("PriorityOperationFilterInput", widgetFields["priority"]);
        Assert.Equal("UuidOperationFilterInput", widgetFields["reference"]);
        Assert.Equal("BooleanOperationFilterInput", widgetFields["active"]);
        Assert.Equal("IdOperationFilterInput", widgetFields["maker"]);
        Assert.Contains("and", widgetFields.Keys);
        Assert.Contains("or", widgetFields.Keys);
    }
}
