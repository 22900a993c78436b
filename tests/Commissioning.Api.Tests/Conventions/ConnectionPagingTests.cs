using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;

namespace Commissioning.Api.Tests.Conventions;

/// <summary>Relay connections (Cursor Connections Specification): paging both ways, pageInfo, limits and cursors.</summary>
public sealed class ConnectionPagingTests : IClassFixture<ConventionsHarness>
{
    private const string Page = "edges { cursor node { name } } nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
    private readonly ConventionsHarness _harness;

    public ConnectionPagingTests(ConventionsHarness harness) => _harness = harness;

    private async Task<JsonElement> Widgets(string arguments, string field = "widgets")
    {
        var args = arguments.Length == 0 ? "" : $"({arguments})";
        var response = await _harness.ExecuteAsync($"{{ {field}{args} {{ {Page} }} }}");
        response.AssertNoErrors();
        return response.At("data", field);
    }

    private static string[] Expected(params int[] ids) => ids.Select(ConventionsHarness.WidgetName).ToArray();

    private static void AssertPageInfo(JsonElement connection, bool hasNext, bool hasPrevious)
    {
        var info = connection.GetProperty("pageInfo");
        Assert.Equal(hasNext, info.GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(hasPrevious, info.GetProperty("hasPreviousPage").GetBoolean());
        var edges = connection.GetProperty("edges");
        if (edges.GetArrayLength() == 0)
        {
            Assert.Equal(JsonValueKind.Null, info.GetProperty("startCursor").ValueKind);
            Assert.Equal(JsonValueKind.Null, info.GetProperty("endCursor").ValueKind);
        }
        else
        {
            Assert.Equal(edges[0].GetProperty("cursor").GetString(), info.GetProperty("startCursor").GetString());
            Assert.Equal(edges[edges.GetArrayLength() - 1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
        }
    }

    private static string EndCursor(JsonElement connection) => connection.At("pageInfo", "endCursor").GetString()!;
    private static string StartCursor(JsonElement connection) => connection.At("pageInfo", "startCursor").GetString()!;

    [Fact]
    public async Task Without_arguments_the_first_page_has_the_default_size_of_20()
    {
        var page = await Widgets("");
        Assert.Equal(Expected([.. Enumerable.Range(1, 20)]), page.GetProperty("nodes").Names());
        AssertPageInfo(page, hasNext: true, hasPrevious: false);
    }

    [Fact]
    public async Task Forward_paging_walks_every_row_once_with_exact_page_info()
    {
        var first = await Widgets("first: 12");
        Assert.Equal(Expected([.. Enumerable.Range(1, 12)]), first.GetProperty("nodes").Names());
        AssertPageInfo(first, hasNext: true, hasPrevious: false);

        var second = await Widgets($"first: 12, after: \"{EndCursor(first)}\"");
        Assert.Equal(Expected([.. Enumerable.Range(13, 12)]), second.GetProperty("nodes").Names());
        AssertPageInfo(second, hasNext: true, hasPrevious: true);

        var third = await Widgets($"first: 12, after: \"{EndCursor(second)}\"");
        Assert.Equal(Expected([.. Enumerable.Range(25, 6)]), third.GetProperty("nodes").Names());
        AssertPageInfo(third, hasNext: false, hasPrevious: true);

        var beyond = await Widgets($"first: 12, after: \"{EndCursor(third)}\"");
        Assert.Empty(beyond.GetProperty("nodes").Names());
        AssertPageInfo(beyond, hasNext: false, hasPrevious: true);
    }

    [Fact]
    public async Task Backward_paging_walks_from_the_end_with_exact_page_info()
    {
        var last = await Widgets("last: 12");
        Assert.Equal(Expected([.. Enumerable.Range(19, 12)]), last.GetProperty("nodes").Names());
        AssertPageInfo(last, hasNext: false, hasPrevious: true);

        var earlier = await Widgets($"last: 12, before: \"{StartCursor(last)}\"");
        Assert.Equal(Expected([.. Enumerable.Range(7, 12)]), earlier.GetProperty("nodes").Names());
        AssertPageInfo(earlier, hasNext: true, hasPrevious: true);

        var earliest = await Widgets($"last: 12, before: \"{StartCursor(earlier)}\"");
        Assert.Equal(Expected([.. Enumerable.Range(1, 6)]), earliest.GetProperty("nodes").Names());
        AssertPageInfo(earliest, hasNext: true, hasPrevious: false);
    }

    [Fact]
    public async Task After_and_before_together_bound_a_window_from_either_end()
    {
        var all = await Widgets("first: 30");
        var cursors = all.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToArray();
        var window = $"after: \"{cursors[4]}\", before: \"{cursors[15]}\""; // rows 6..15

        var head = await Widgets("first: 3, " + window);
        Assert.Equal(Expected(6, 7, 8), head.GetProperty("nodes").Names());
        AssertPageInfo(head, hasNext: true, hasPrevious: true);

        var tail = await Widgets("last: 3, " + window);
        Assert.Equal(Expected(13, 14, 15), tail.GetProperty("nodes").Names());
        AssertPageInfo(tail, hasNext: true, hasPrevious: true);

        var whole = await Widgets("first: 20, " + window);
        Assert.Equal(Expected([.. Enumerable.Range(6, 10)]), whole.GetProperty("nodes").Names());
        AssertPageInfo(whole, hasNext: false, hasPrevious: true);
    }

    [Fact]
    public async Task A_page_holding_everything_has_neither_next_nor_previous()
    {
        var everything = await Widgets("first: 30");
        AssertPageInfo(everything, hasNext: false, hasPrevious: false);
        var everythingBackwards = await Widgets("last: 30");
        AssertPageInfo(everythingBackwards, hasNext: false, hasPrevious: false);
        var empty = await Widgets("first: 0");
        Assert.Empty(empty.GetProperty("nodes").Names());
        AssertPageInfo(empty, hasNext: true, hasPrevious: false);
    }

    [Fact]
    public async Task Cursors_are_stable_when_rows_are_inserted_before_them()
    {
        var first = await Widgets("first: 5, order: [{ name: ASC }]");
        await using (var db = _harness.Database.NewContext())
        {
            db.Widgets.Add(new Widget { Id = 100, Name = "Widget 00a", Quarter = new Domain.FinancialQuarter(2025, 1), MakerId = 1 });
            await db.SaveChangesAsync();
        }
        try
        {
            var second = await Widgets($"first: 5, after: \"{EndCursor(first)}\", order: [{{ name: ASC }}]");
            Assert.Equal(Expected(6, 7, 8, 9, 10), second.GetProperty("nodes").Names());
        }
        finally
        {
            await using var db = _harness.Database.NewContext();
            db.Widgets.Remove(db.Widgets.Single(w => w.Id == 100));
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task Paging_seeks_with_WHERE_and_never_uses_OFFSET()
    {
        var first = await Widgets("first: 5, order: [{ count: DESC }]");
        _harness.Database.Log.Clear();
        await Widgets($"first: 5, after: \"{EndCursor(first)}\", order: [{{ count: DESC }}]");
        var page = _harness.Database.Log.Commands[0];
        Assert.Contains("WHERE", page);
        Assert.Contains("LIMIT", page);
        Assert.DoesNotContain("OFFSET", page);
    }

    [Fact]
    public async Task The_maximum_page_size_is_enforced_and_configurable()
    {
        Assert.Equal(100, new ConnectionOptions().MaxPageSize);
        var tooMany = await _harness.ExecuteAsync("{ widgets(first: 101) { nodes { name } } }");
        Assert.Equal(ConventionErrorCodes.MaxPageSizeExceeded, tooMany.ErrorCode());
        Assert.Contains("maximum page size of 100", tooMany.ErrorMessage());

        var small = await Widgets("", "smallWidgets");
        Assert.Equal(2, small.GetProperty("nodes").GetArrayLength());
        var tooManyForSmall = await _harness.ExecuteAsync("{ smallWidgets(last: 6) { nodes { name } } }");
        Assert.Equal(ConventionErrorCodes.MaxPageSizeExceeded, tooManyForSmall.ErrorCode());
    }

    [Theory]
    [InlineData("first: 2, last: 2", ConventionErrorCodes.FirstAndLast)]
    [InlineData("first: -1", ConventionErrorCodes.NegativePageSize)]
    [InlineData("last: -5", ConventionErrorCodes.NegativePageSize)]
    [InlineData("after: \"bm9wZQ==\"", ConventionErrorCodes.InvalidCursor)]
    [InlineData("before: \"%%%\"", ConventionErrorCodes.InvalidCursor)]
    public async Task Bad_paging_arguments_are_errors_with_stable_codes(string arguments, string code)
    {
        var response = await _harness.ExecuteAsync($"{{ widgets({arguments}) {{ totalCount }} }}");
        Assert.Equal(code, response.ErrorCode());
        Assert.Equal("widgets", response.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task A_cursor_from_another_ordering_is_refused()
    {
        var byName = await Widgets("first: 2, order: [{ name: DESC }]");
        var response = await _harness.ExecuteAsync($"{{ widgets(after: \"{EndCursor(byName)}\", order: [{{ count: ASC }}]) {{ nodes {{ name }} }} }}");
        Assert.Equal(ConventionErrorCodes.InvalidCursor, response.ErrorCode());
        Assert.Contains("another ordering than this request's, which sorts by `count` ASC", response.ErrorMessage());

        var reversed = await _harness.ExecuteAsync($"{{ widgets(before: \"{EndCursor(byName)}\", order: [{{ name: ASC }}]) {{ nodes {{ name }} }} }}");
        Assert.Equal(ConventionErrorCodes.InvalidCursor, reversed.ErrorCode());
        var unordered = await _harness.ExecuteAsync($"{{ widgets(after: \"{EndCursor(byName)}\") {{ nodes {{ name }} }} }}");
        Assert.Equal(ConventionErrorCodes.InvalidCursor, unordered.ErrorCode());
        Assert.Contains("which sorts by the list's key alone", unordered.ErrorMessage());
    }

    /// <summary>Cursors of the right ordering whose values no row can have: they would reach SQL as a position in no ordering.</summary>
    [Theory]
    [InlineData("""["priority:a,#key:a",[7,3]]""")]
    [InlineData("""["priority:a,#key:a",["High",3]]""")]
    [InlineData("""["priority:a,#key:a",[1,null]]""")]
    [InlineData("""["name:a,#key:a",[null,3]]""")]
    [InlineData("""["name:a,#key:a",["Widget 03"]]""")]
    [InlineData("""["quarter:a,#key:a",[-5,3]]""")]
    public async Task A_cursor_holding_a_value_no_row_can_have_is_refused(string json)
    {
        var cursor = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json));
        var order = json[2..json.IndexOf(':')];
        var response = await _harness.ExecuteAsync($"{{ widgets(after: \"{cursor}\", order: [{{ {order}: ASC }}]) {{ nodes {{ name }} }} }}");
        Assert.Equal(ConventionErrorCodes.InvalidCursor, response.ErrorCode());
    }

    /// <summary>The harness stores <see cref="Priority"/> as a number (EF Core's default), the application as its name: either way
    /// the seek compares the column as stored, as the ORDER BY sorts it.</summary>
    [Theory]
    [InlineData("ASC")]
    [InlineData("DESC")]
    public async Task Paging_by_an_enum_key_walks_every_row_once(string direction)
    {
        var order = $"order: [{{ priority: {direction} }}]";
        var all = (await Widgets("first: 100, " + order)).GetProperty("nodes").Names();
        var walked = new List<string>();
        var page = await Widgets("first: 4, " + order);
        walked.AddRange(page.GetProperty("nodes").Names());
        while (page.At("pageInfo", "hasNextPage").GetBoolean())
        {
            _harness.Database.Log.Clear();
            page = await Widgets($"first: 4, after: \"{EndCursor(page)}\", " + order);
            walked.AddRange(page.GetProperty("nodes").Names());
            // The bare column, so an index on it serves the seek as it serves the ORDER BY.
            Assert.Matches("\"Priority\" [<>] @", _harness.Database.Log.Commands[0]);
        }
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task TotalCount_counts_the_filtered_rows_and_is_queried_only_when_selected()
    {
        _harness.Database.Log.Clear();
        var counted = await _harness.ExecuteAsync("{ widgets(first: 2, where: { active: { eq: true } }) { totalCount nodes { name } } }");
        counted.AssertNoErrors();
        Assert.Equal(10, counted.At("data", "widgets", "totalCount").GetInt32());
        // Npgsql writes count(*), SQLite COUNT(*).
        Assert.Contains(_harness.Database.Log.Commands, c => c.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));

        _harness.Database.Log.Clear();
        (await _harness.ExecuteAsync("{ widgets(first: 2) { nodes { name } } }")).AssertNoErrors();
        Assert.DoesNotContain(_harness.Database.Log.Commands, c => c.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));

        _harness.Database.Log.Clear();
        (await _harness.ExecuteAsync("{ widgets { totalCount } }")).AssertNoErrors();
        Assert.Equal(["COUNT(*)"], _harness.Database.Log.Commands.Select(c => c.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase) ? "COUNT(*)" : c));
    }

    [Fact]
    public async Task A_page_without_cursors_that_holds_every_row_is_its_own_count()
    {
        var whole = await CountedAsync("first: 11, where: { active: { eq: true } }", "nodes { name }");
        Assert.Equal((10, 10, false), whole);

        // The page ends at its size, starts after a cursor or stops before one: the count is read.
        Assert.Equal((10, 5, true), await CountedAsync("first: 5, where: { active: { eq: true } }", "nodes { name }"));
        var byName = await _harness.ExecuteAsync("{ widgets(first: 3, order: [{ name: ASC }]) { pageInfo { endCursor } } }");
        var cursor = byName.At("data", "widgets", "pageInfo", "endCursor").GetString();
        Assert.Equal((30, 27, true), await CountedAsync($"first: 50, after: \"{cursor}\", order: [{{ name: ASC }}]", "edges { cursor }"));
        Assert.Equal((30, 2, true), await CountedAsync($"last: 50, before: \"{cursor}\", order: [{{ name: ASC }}]", "nodes { name }"));

        // Backwards from the end it is the whole list too, and a page read only for its pageInfo counts the same way.
        Assert.Equal((30, 30, false), await CountedAsync("last: 40", "nodes { name }"));
        Assert.Equal((10, 0, false), await CountedAsync("first: 11, where: { active: { eq: true } }", "pageInfo { hasNextPage }"));
    }

    /// <summary>totalCount, the rows shown, and whether a COUNT statement ran.</summary>
    private async Task<(int Total, int Shown, bool Counted)> CountedAsync(string arguments, string selection)
    {
        _harness.Database.Log.Clear();
        var response = await _harness.ExecuteAsync($"{{ widgets({arguments}) {{ totalCount {selection} }} }}");
        response.AssertNoErrors();
        var page = response.At("data", "widgets");
        var shown = page.TryGetProperty("nodes", out var nodes) ? nodes.GetArrayLength() : page.TryGetProperty("edges", out var edges) ? edges.GetArrayLength() : 0;
        return (page.GetProperty("totalCount").GetInt32(), shown,
            _harness.Database.Log.Commands.Any(c => c.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase)));
    }
}
