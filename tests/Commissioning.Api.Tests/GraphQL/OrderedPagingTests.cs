using System.Globalization;
using System.Text.Json;
using Commissioning.Api.Data.Demo;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>
/// Keyset paging agrees with the ordering the connection reads in, for every connection of the schema and every
/// field and direction it can be ordered by: walking all pages forwards (first/after) or backwards (last/before)
/// gives exactly the rows of one unpaged read, in its order, none skipped or repeated, ties broken by the key.
/// The connections and their sort fields are read from the schema itself, so a field added later is covered.
/// Runs on the engine the test run is for (SQLite, or PostgreSQL with COMMISSIONING_TEST_POSTGRES).
/// </summary>
public sealed class OrderedPagingTests(OrderedPagingTests.DemoApi demo) : IClassFixture<OrderedPagingTests.DemoApi>
{
    /// <summary>Large enough for every connection of the demo data in one read, which the walks are compared with.</summary>
    private const int UnpagedSize = 2000;

    private static readonly Actor Reader = new("quality-1", "Quality Lead", Role.QualityTeam);

    /// <summary>Values for arguments a connection requires, by their GraphQL type.</summary>
    private static readonly Dictionary<string, string> RequiredArgumentValues = new(StringComparer.Ordinal)
    {
        ["FinancialQuarter"] = "\"2025/26-Q2\"",
    };

    [Fact]
    public async Task Every_ordering_of_every_connection_pages_through_every_row_once_in_both_directions()
    {
        var connections = await demo.ConnectionsAsync();
        Assert.Contains("actionPlans", connections.Keys);
        var failures = new List<string>();
        foreach (var field in connections.Values)
        {
            foreach (var order in Orderings(field))
            {
                try
                {
                    await WalkAsync(field, order);
                }
                catch (Exception e) when (e is Xunit.Sdk.XunitException)
                {
                    failures.Add($"{field.Name} {order ?? "(default order)"}: {e.Message}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<string?> Orderings(ConnectionField field)
    {
        yield return null;
        foreach (var sort in field.SortFields)
        {
            yield return $"[{{ {sort}: ASC }}]";
            yield return $"[{{ {sort}: DESC }}]";
        }
        // Two keys before the tie-breaker, the first descending: the predicate's nesting, not only its first term.
        if (field.SortFields.Count > 1) yield return $"[{{ {field.SortFields[0]}: DESC }}, {{ {field.SortFields[1]}: ASC }}]";
    }

    private async Task WalkAsync(ConnectionField field, string? order)
    {
        var all = await Page(field, order, first: UnpagedSize);
        Assert.False(all.HasNext, $"more than {UnpagedSize} rows; the test reads them in one page");
        // About ten pages whatever the number of rows, so that a page boundary falls among tied keys.
        var pageSize = Math.Max(2, all.Cursors.Count / 10);
        Assert.True(all.Cursors.Count > pageSize * 2, $"only {all.Cursors.Count} rows; the walk needs several pages");
        Assert.Equal(all.TotalCount, all.Cursors.Count);
        Assert.Equal(all.Cursors.Count, all.Cursors.Distinct().Count());

        var forwards = new List<string>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages <= all.Cursors.Count, "forward paging does not end");
            var page = await Page(field, order, first: pageSize, after: after);
            Assert.True(page.HasPrevious == (after is not null), $"hasPreviousPage {page.HasPrevious} after {after}");
            forwards.AddRange(page.Cursors);
            if (!page.HasNext) break;
            after = page.EndCursor;
        }
        Assert.True(all.Cursors.SequenceEqual(forwards), Difference("forwards", all.Cursors, forwards));

        var backwards = new List<string>();
        string? before = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages <= all.Cursors.Count, "backward paging does not end");
            var page = await Page(field, order, last: pageSize, before: before);
            Assert.True(page.HasNext == (before is not null), $"hasNextPage {page.HasNext} before {before}");
            backwards.InsertRange(0, page.Cursors);
            if (!page.HasPrevious) break;
            before = page.StartCursor;
        }
        Assert.True(all.Cursors.SequenceEqual(backwards), Difference("backwards", all.Cursors, backwards));
    }

    [Fact]
    public async Task Action_plans_page_by_status_after_a_cursor()
    {
        var first = await demo.Api.PostAsync("{ actionPlans(first: 3, order: [{ status: ASC }]) { pageInfo { endCursor } } }", caller: Reader);
        first.AssertNoErrors();
        var cursor = first.At("data", "actionPlans", "pageInfo", "endCursor").GetString();

        var next = await demo.Api.PostAsync("query($after: String) { actionPlans(first: 3, after: $after, order: [{ status: ASC }]) { nodes { status } } }",
            new { after = cursor }, Reader);

        next.AssertNoErrors();
        Assert.Equal(3, next.At("data", "actionPlans", "nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("[{ status: DESC }]")]
    [InlineData("[{ source: ASC }]")]
    [InlineData("[{ status: ASC }, { source: ASC }]")]
    [InlineData(null)]
    public async Task A_cursor_of_another_ordering_is_a_clear_error(string? otherOrder)
    {
        var first = await demo.Api.PostAsync("{ actionPlans(first: 3, order: [{ status: ASC }]) { pageInfo { endCursor } } }", caller: Reader);
        first.AssertNoErrors();
        var cursor = first.At("data", "actionPlans", "pageInfo", "endCursor").GetString();
        var order = otherOrder is null ? "" : $", order: {otherOrder}";

        var next = await demo.Api.PostAsync($$"""query($after: String) { actionPlans(first: 3, after: $after{{order}}) { nodes { status } } }""",
            new { after = cursor }, Reader);

        Assert.Equal(Commissioning.Api.GraphQL.Conventions.ConventionErrorCodes.InvalidCursor, next.ErrorCode());
        Assert.Contains("was issued for another ordering", next.ErrorMessage());
        Assert.Equal(JsonValueKind.Null, next.GetProperty("data").ValueKind);
    }

    private async Task<PageRead> Page(ConnectionField field, string? order, int? first = null, string? after = null, int? last = null, string? before = null)
    {
        var arguments = new List<string> { "first: $first", "after: $after", "last: $last", "before: $before" };
        if (order is not null) arguments.Add("order: " + order);
        arguments.AddRange(field.RequiredArguments);
        var query = $$"""
            query($first: Int, $after: String, $last: Int, $before: String) {
              c: {{field.Name}}({{string.Join(", ", arguments)}}) {
                totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """;
        var response = await demo.Api.PostAsync(query, new { first, after, last, before }, Reader);
        Assert.False(response.TryGetProperty("errors", out var errors), $"first {first} after {after} last {last} before {before}: {errors}");
        var connection = response.At("data", "c");
        var info = connection.GetProperty("pageInfo");
        return new PageRead(
            [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()!)],
            info.GetProperty("hasNextPage").GetBoolean(), info.GetProperty("hasPreviousPage").GetBoolean(),
            info.GetProperty("startCursor").GetString(), info.GetProperty("endCursor").GetString(),
            connection.GetProperty("totalCount").GetInt32());
    }

    private static string Difference(string direction, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual).Count();
        var repeated = actual.Count - actual.Distinct().Count();
        var firstDifference = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        return $"paged {direction}: {actual.Count} rows against {expected.Count}, {missing} missing, {repeated} repeated, first difference at {firstDifference}";
    }

    private sealed record PageRead(List<string> Cursors, bool HasNext, bool HasPrevious, string? StartCursor, string? EndCursor, int TotalCount);

    public sealed record ConnectionField(string Name, IReadOnlyList<string> SortFields, IReadOnlyList<string> RequiredArguments);

    /// <summary>The API over a small demo commissioner (every kind of record, many ties) and an audit trail with ties.</summary>
    public sealed class DemoApi : IAsyncLifetime
    {
        private GraphQLApi? _api;

        internal GraphQLApi Api => _api!;


        public async Task InitializeAsync()
        {
            var demo = new DemoDataOptions { Providers = 8, ActionPlansPerProvider = 4, Years = 2, SeedBatchSize = 8 };
            var settings = new Dictionary<string, string?> { ["Commissioning:GraphQL:Paging:MaxPageSize"] = UnpagedSize.ToString(CultureInfo.InvariantCulture) };
            _api = await GraphQLApi.StartWithDemoAsync(demo, db =>
            {
                // The demo data has neither an audit trail (mutations write it) nor published reports: entries with tied
                // times, roles and operations, and reports with tied quarters and as-of dates.
                var clock = new FixedClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
                var roles = Enum.GetValues<Role>();
                for (var i = 0; i < 15; i++)
                {
                    var role = roles[i % roles.Length];
                    var actor = new Actor($"user-{i % 4}", $"User {i % 4}", role, role == Role.Provider ? Guid.NewGuid() : null);
                    if (i % 3 == 0) clock.Advance(TimeSpan.FromMinutes(1));
                    db.AuditTrail.Add(AuditTrailEntry.Record(Guid.NewGuid(), actor, clock, i % 2 == 0 ? "recordIncident" : "editContract",
                        i % 3 == 0 ? "Incident" : "Contract", Guid.NewGuid(), null, "{}").Value);
                }
                var quality = new Actor("quality-1", "Quality Lead", Role.QualityTeam);
                foreach (var area in new[] { "North", "South", "North", "East", "South" })
                    db.Lscbs.Add(Lscb.Create(Guid.NewGuid(), $"{area} Safeguarding Children Board {db.ChangeTracker.Entries<Lscb>().Count()}", area, quality).Value);
                var director = new Actor("director-1", "Dana Director", Role.Director);
                var lscbs = db.Lscbs.Select(l => l.Id).ToList();
                for (var i = 0; i < 12; i++)
                {
                    var quarter = new FinancialQuarter(2025, 1 + i % 3);
                    if (i % 2 == 0) clock.Advance(TimeSpan.FromHours(1));
                    db.PublishedExceptionReports.Add(PublishedExceptionReport.Publish(director, quarter, lscbs[i % lscbs.Count],
                        quarter.Start.AddDays(i % 4 * 10), [], clock).Value);
                }
            }, settings);
        }

        public Task DisposeAsync()
        {
            _api?.Dispose();
            return Task.CompletedTask;
        }

        /// <summary>Every connection field of Query, with its sort fields and required arguments, from the API's own introspection.</summary>
        public async Task<IReadOnlyDictionary<string, ConnectionField>> ConnectionsAsync()
        {
            var response = await Api.PostAsync("""
                { __schema { queryType { fields { name
                    args { name defaultValue type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
                    type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
                  types { name inputFields { name } } } }
                """, caller: Reader);
            response.AssertNoErrors();
            var schema = response.At("data", "__schema");
            var inputs = schema.GetProperty("types").EnumerateArray()
                .Where(t => t.GetProperty("inputFields").ValueKind == JsonValueKind.Array)
                .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList());
            var connections = new SortedDictionary<string, ConnectionField>(StringComparer.Ordinal);
            foreach (var field in schema.At("queryType", "fields").EnumerateArray())
            {
                if (!NamedType(field.GetProperty("type")).EndsWith("Connection", StringComparison.Ordinal)) continue;
                var args = field.GetProperty("args").EnumerateArray().ToList();
                if (!args.Any(a => a.GetProperty("name").GetString() == "first")) continue;
                var order = args.FirstOrDefault(a => a.GetProperty("name").GetString() == "order");
                var sorts = order.ValueKind == JsonValueKind.Undefined ? [] : inputs[NamedType(order.GetProperty("type"))];
                var required = args
                    .Where(a => a.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL" && a.GetProperty("defaultValue").ValueKind == JsonValueKind.Null)
                    .Select(a => $"{a.GetProperty("name").GetString()}: {RequiredValue(field.GetProperty("name").GetString()!, a)}")
                    .ToList();
                var name = field.GetProperty("name").GetString()!;
                connections[name] = new ConnectionField(name, sorts, required);
            }
            return connections;
        }

        private static string RequiredValue(string field, JsonElement argument)
        {
            var type = NamedType(argument.GetProperty("type"));
            return RequiredArgumentValues.TryGetValue(type, out var value) ? value
                : throw new InvalidOperationException($"{field} requires {argument.GetProperty("name").GetString()} of type {type}: add a value for {type} to RequiredArgumentValues.");
        }

        private static string NamedType(JsonElement type) =>
            type.GetProperty("name").GetString() ?? NamedType(type.GetProperty("ofType"));
    }
}
