using System.Text.Json;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

public sealed class ExceptionsQueryTests
{
    private const string Missing = """
        query($where: ExceptionLineFilterInput) {
          exceptions(asOf: "2025-11-20", where: $where, first: 50) {
            totalCount
            nodes { code severity providerId providerName subjectType subjectId sentence arisenOn daysOutstanding }
          }
        }
        """;

    [Fact]
    public async Task A_missing_indicator_return_is_reported_and_clears_once_the_return_is_submitted()
    {
        Domain.Schedules.Section11Schedule? schedule = null;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            schedule = ReportingSeed.AddProvider(db, lscb, 1).Schedule;
        });
        var where = new { code = new { eq = "INDICATOR_RETURN_MISSING" } };

        var before = await api.PostAsync(Missing, new { where }, ReportingSeed.QualityTeam);
        before.AssertNoErrors();
        var lines = before.At("data", "exceptions", "nodes");
        Assert.Equal(2, before.At("data", "exceptions", "totalCount").GetInt32());
        Assert.All(lines.EnumerateArray(), line =>
        {
            Assert.Equal("Provider 001", line.GetProperty("providerName").GetString());
            Assert.Equal("Section11Schedule", line.GetProperty("subjectType").GetString());
            Assert.Contains("indicator return for contract CCG-001", line.GetProperty("sentence").GetString());
            Assert.True(line.GetProperty("daysOutstanding").GetInt32() > 0);
        });

        using (var db = api.NewContext())
        {
            db.AddRange(ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q1), ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q2));
            db.SaveChanges();
        }

        var after = await api.PostAsync(Missing, new { where }, ReportingSeed.QualityTeam);
        after.AssertNoErrors();
        Assert.Equal(0, after.At("data", "exceptions", "totalCount").GetInt32());
    }

    [Fact]
    public async Task The_summary_counts_what_the_list_lists()
    {
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            for (var i = 1; i <= 3; i++) ReportingSeed.AddProvider(db, lscb, i);
        });
        var response = await api.PostAsync("""
            {
              exceptions(asOf: "2025-11-20", first: 100) { totalCount nodes { code severity providerName } }
              exceptionSummary(asOf: "2025-11-20") {
                total
                cells { providerName code severity count }
                byCode { code count }
                bySeverity { severity count }
                byProvider { providerName count }
              }
            }
            """, caller: ReportingSeed.QualityTeam);
        response.AssertNoErrors();

        var nodes = response.At("data", "exceptions", "nodes").EnumerateArray().ToList();
        var summary = response.At("data", "exceptionSummary");
        Assert.True(nodes.Count > 0);
        Assert.Equal(nodes.Count, response.At("data", "exceptions", "totalCount").GetInt32());
        Assert.Equal(nodes.Count, summary.GetProperty("total").GetInt32());
        Assert.Equal(nodes.Count, Sum(summary.GetProperty("byCode")));
        Assert.Equal(nodes.Count, Sum(summary.GetProperty("bySeverity")));
        Assert.Equal(nodes.Count, Sum(summary.GetProperty("byProvider")));

        var listed = nodes
            .GroupBy(n => (n.GetProperty("providerName").GetString(), n.GetProperty("code").GetString(), n.GetProperty("severity").GetString()))
            .ToDictionary(g => g.Key, g => g.Count());
        var cells = summary.GetProperty("cells").EnumerateArray().ToDictionary(
            c => (c.GetProperty("providerName").GetString(), c.GetProperty("code").GetString(), c.GetProperty("severity").GetString()),
            c => c.GetProperty("count").GetInt32());
        Assert.Equal(listed.OrderBy(kv => kv.Key.ToString()), cells.OrderBy(kv => kv.Key.ToString()));
    }

    [Fact]
    public async Task Filters_and_order_apply_to_the_engine_output_and_cursors_page_through_it()
    {
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            for (var i = 1; i <= 3; i++) ReportingSeed.AddProvider(db, lscb, i);
        });
        const string page = """
            query($after: String) {
              exceptions(asOf: "2025-11-20", first: 2, after: $after,
                         where: { code: { eq: INDICATOR_RETURN_MISSING } }, order: [{ providerName: DESC }, { arisenOn: ASC }]) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { providerName arisenOn }
              }
            }
            """;
        var seen = new List<string>();
        string? after = null;
        for (var guard = 0; guard < 10; guard++)
        {
            var response = await api.PostAsync(page, new { after }, ReportingSeed.QualityTeam);
            response.AssertNoErrors();
            var connection = response.At("data", "exceptions");
            Assert.Equal(6, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("providerName").GetString()!));
            if (!connection.At("pageInfo", "hasNextPage").GetBoolean()) break;
            after = connection.At("pageInfo", "endCursor").GetString();
        }
        Assert.Equal(["Provider 003", "Provider 003", "Provider 002", "Provider 002", "Provider 001", "Provider 001"], seen);
    }

    [Fact]
    public async Task The_trend_counts_each_quarter_as_of_its_end()
    {
        using var api = GraphQLApi.Start(db => ReportingSeed.AddProvider(db, ReportingSeed.AddLscb(db), 1));
        var response = await api.PostAsync("""
            { exceptionTrend(quarters: 3, asOf: "2025-11-20") { quarter asOf total byCode { code count } } }
            """, caller: ReportingSeed.QualityTeam);
        response.AssertNoErrors();
        var points = response.At("data", "exceptionTrend").EnumerateArray().ToList();
        Assert.Equal(["2025/26-Q1", "2025/26-Q2", "2025/26-Q3"], points.Select(p => p.GetProperty("quarter").GetString()));
        Assert.Equal(["2025-06-30", "2025-09-30", "2025-11-20"], points.Select(p => p.GetProperty("asOf").GetString()));
        // Q1's return was not yet due on 30 June; by 20 November both Q1's and Q2's are missing.
        Assert.Equal(0, MissingReturns(points[0]));
        Assert.Equal(1, MissingReturns(points[1]));
        Assert.Equal(2, MissingReturns(points[2]));
    }

    [Fact]
    public async Task Provider_staff_see_only_their_own_exceptions_loaded_in_no_more_statements_than_everyone_s()
    {
        Guid own = Guid.Empty;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            own = ReportingSeed.AddProvider(db, lscb, 1).Provider.Id;
            for (var i = 2; i <= 10; i++) ReportingSeed.AddProvider(db, lscb, i);
        });
        const string query = """{ exceptions(asOf: "2025-11-20", first: 100) { totalCount nodes { providerName } } }""";

        var everyone = await api.PostAsync(query, caller: ReportingSeed.QualityTeam);
        var staff = await api.PostAsync(query, caller: ReportingSeed.StaffOf(own));
        everyone.AssertNoErrors();
        staff.AssertNoErrors();

        var mine = staff.At("data", "exceptions", "nodes").EnumerateArray().Select(n => n.GetProperty("providerName").GetString()).ToList();
        Assert.NotEmpty(mine);
        Assert.All(mine, name => Assert.Equal("Provider 001", name));
        Assert.Equal(10 * mine.Count, everyone.At("data", "exceptions", "totalCount").GetInt32());
        // Every provider's records are read through the lean snapshot model, one provider's through the scoped main model:
        // a fixed number of statements each, whatever the number of providers or records, and staff no more than everyone.
        Assert.InRange(staff.At("extensions", "sqlStatements").GetInt32(), 2, everyone.At("extensions", "sqlStatements").GetInt32());
        Assert.InRange(everyone.At("extensions", "sqlStatements").GetInt32(), 2, 16);
    }

    [Fact]
    public async Task Lines_filter_by_the_provider_id_clients_were_given_and_page_backwards()
    {
        Guid second = Guid.Empty;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            ReportingSeed.AddProvider(db, lscb, 1);
            second = ReportingSeed.AddProvider(db, lscb, 2).Provider.Id;
        });
        var response = await api.PostAsync("""
            query($provider: ID!) {
              exceptions(asOf: "2025-11-20", where: { provider: { eq: $provider } }, last: 1) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage }
                nodes { providerId provider { name } }
              }
            }
            """, new { provider = Api.GraphQL.Conventions.NodeId.Encode("Provider", second) }, ReportingSeed.QualityTeam);
        response.AssertNoErrors();
        var connection = response.At("data", "exceptions");
        Assert.True(connection.GetProperty("totalCount").GetInt32() > 1);
        Assert.True(connection.At("pageInfo", "hasPreviousPage").GetBoolean());
        Assert.False(connection.At("pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal("Provider 002", connection.At("nodes", 0, "provider", "name").GetString());
    }

    private static int MissingReturns(JsonElement point) =>
        point.GetProperty("byCode").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "INDICATOR_RETURN_MISSING").GetProperty("count").GetInt32();

    private static int Sum(JsonElement counts) => counts.EnumerateArray().Sum(c => c.GetProperty("count").GetInt32());
}
