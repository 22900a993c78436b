using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain;
using Commissioning.Api.Reporting;
using Commissioning.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// Exception reports share one snapshot of the records, and the engine's result over it, between requests until
/// something is committed, by this API, another connection or another API instance; on both engines. The SQL
/// statement count shows whether a request read the records.
/// </summary>
public sealed class ExceptionSnapshotCacheTests
{
    private const string Missing = """
        query ($quarter: FinancialQuarter) {
          exceptions(asOf: "2025-11-20", quarter: $quarter, where: { code: { eq: INDICATOR_RETURN_MISSING } }, first: 50) {
            totalCount
            nodes { providerName }
          }
        }
        """;

    [Fact]
    public async Task A_repeated_report_reads_only_the_data_version_until_another_writer_saves_and_then_shows_the_change()
    {
        Domain.Schedules.Section11Schedule? schedule = null;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            schedule = ReportingSeed.AddProvider(db, lscb, 1).Schedule;
        });

        var first = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        var again = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        first.AssertNoErrors();
        again.AssertNoErrors();
        Assert.Equal(2, again.At("data", "exceptions", "totalCount").GetInt32());
        Assert.True(first.At("extensions", "sqlStatements").GetInt32() > 1);
        Assert.Equal(1, again.At("extensions", "sqlStatements").GetInt32());

        // Another writer (a context of its own, on its own connection) submits both returns.
        using (var db = api.NewContext())
        {
            db.AddRange(ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q1), ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q2));
            db.SaveChanges();
        }

        var after = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        after.AssertNoErrors();
        Assert.Equal(0, after.At("data", "exceptions", "totalCount").GetInt32());
        Assert.True(after.At("extensions", "sqlStatements").GetInt32() > 1);
    }

    // Asked straight after each commit, many times: the old PostgreSQL probe (the WAL write position) stayed put after
    // an asynchronous commit until the WAL writer flushed, so some of these reports were served from the old snapshot.
    [Fact]
    public async Task Every_commit_by_another_connection_shows_in_the_very_next_report()
    {
        Domain.Organisations.Lscb? lscb = null;
        using var api = GraphQLApi.Start(db => lscb = ReportingSeed.AddLscb(db));
        for (var round = 1; round <= 12; round++)
        {
            using (var db = api.NewContext())
            {
                ReportingSeed.AddProvider(db, lscb!, round);
                db.SaveChanges();
            }
            var report = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
            report.AssertNoErrors();
            Assert.Equal(2 * round, report.At("data", "exceptions", "totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task A_mutation_through_another_api_instance_shows_in_this_instance_s_next_report()
    {
        Domain.Schedules.Section11Schedule? schedule = null;
        using var api = GraphQLApi.Start(db => schedule = ReportingSeed.AddProvider(db, ReportingSeed.AddLscb(db), 1).Schedule);
        using var other = api.AnotherInstance();
        const string today = """
            { exceptions(where: { code: { eq: INDICATOR_RETURN_MISSING } }, first: 100) { totalCount } }
            """;
        var before = await api.PostAsync(today, caller: ReportingSeed.QualityTeam);
        before.AssertNoErrors();
        Assert.Equal(1, (await api.PostAsync(today, caller: ReportingSeed.QualityTeam)).At("extensions", "sqlStatements").GetInt32());

        // Two quarters back: closed and past its due day whenever the test runs, since the contract runs from 2025 to 2028.
        var quarter = FinancialQuarter.FromDate(new SystemClock().Today).AddQuarters(-2);
        var submitted = await other.PostAsync("""
            mutation ($input: SubmitIndicatorReturnInput!) { submitIndicatorReturn(input: $input) { indicatorReturn { id } errors { __typename } } }
            """,
            new
            {
                input = new
                {
                    scheduleId = Api.GraphQL.Conventions.NodeId.Encode("Section11Schedule", schedule!.Id),
                    quarter = quarter.ToString(),
                    values = new[] { new { indicatorCode = "TRAINING_L1", value = 99.5m } },
                },
            },
            ReportingSeed.StaffOf(schedule.ProviderId));
        submitted.AssertNoErrors();
        Assert.Equal(System.Text.Json.JsonValueKind.String, submitted.At("data", "submitIndicatorReturn", "indicatorReturn", "id").ValueKind);

        var after = await api.PostAsync(today, caller: ReportingSeed.QualityTeam);
        after.AssertNoErrors();
        Assert.Equal(before.At("data", "exceptions", "totalCount").GetInt32() - 1, after.At("data", "exceptions", "totalCount").GetInt32());
    }

    [Fact]
    public async Task A_provider_s_cached_report_never_shows_another_provider_s_lines()
    {
        Guid first = default, second = default;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            first = ReportingSeed.AddProvider(db, lscb, 1).Provider.Id;
            second = ReportingSeed.AddProvider(db, lscb, 2).Provider.Id;
        });

        foreach (var _ in new[] { 1, 2 })
        {
            Assert.Equal(["Provider 001", "Provider 002"], Names(await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam)));
            Assert.Equal(["Provider 001"], Names(await api.PostAsync(Missing, caller: ReportingSeed.StaffOf(first))));
            Assert.Equal(["Provider 002"], Names(await api.PostAsync(Missing, caller: ReportingSeed.StaffOf(second))));
        }
    }

    [Fact]
    public async Task Reports_for_other_quarters_over_the_same_records_give_their_own_lines()
    {
        using var api = GraphQLApi.Start(db => ReportingSeed.AddProvider(db, ReportingSeed.AddLscb(db), 1));

        foreach (var _ in new[] { 1, 2 })
        {
            Assert.Equal(2, (await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam)).At("data", "exceptions", "totalCount").GetInt32());
            var q1 = await api.PostAsync(Missing, new { quarter = ReportingSeed.Q1.ToString() }, ReportingSeed.QualityTeam);
            q1.AssertNoErrors();
            Assert.Equal(1, q1.At("data", "exceptions", "totalCount").GetInt32());
        }
    }

    // Without where: or order: the page is taken straight from the cached lines, in the engine's order: cursors both
    // ways must walk exactly the list one request returns.
    [Fact]
    public async Task Paging_the_cached_lines_by_cursor_walks_the_whole_report_in_order_both_ways()
    {
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            for (var i = 1; i <= 3; i++) ReportingSeed.AddProvider(db, lscb, i);
        });
        const string all = """{ exceptions(asOf: "2025-11-20", first: 100) { totalCount nodes { subjectId sentence } } }""";
        var whole = await api.PostAsync(all, caller: ReportingSeed.QualityTeam);
        whole.AssertNoErrors();
        var expected = whole.At("data", "exceptions", "nodes").EnumerateArray().Select(n => n.GetProperty("sentence").GetString()!).ToList();
        Assert.True(expected.Count > 4);

        const string forward = """
            query ($after: String) { exceptions(asOf: "2025-11-20", first: 3, after: $after) { pageInfo { hasNextPage endCursor } nodes { sentence } } }
            """;
        var seen = new List<string>();
        string? after = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await api.PostAsync(forward, new { after }, ReportingSeed.QualityTeam);
            page.AssertNoErrors();
            seen.AddRange(page.At("data", "exceptions", "nodes").EnumerateArray().Select(n => n.GetProperty("sentence").GetString()!));
            if (!page.At("data", "exceptions", "pageInfo", "hasNextPage").GetBoolean()) break;
            after = page.At("data", "exceptions", "pageInfo", "endCursor").GetString();
        }
        Assert.Equal(expected, seen);

        const string backward = """
            query ($before: String) { exceptions(asOf: "2025-11-20", last: 3, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { sentence } } }
            """;
        var back = new List<string>();
        string? before = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await api.PostAsync(backward, new { before }, ReportingSeed.QualityTeam);
            page.AssertNoErrors();
            back.InsertRange(0, page.At("data", "exceptions", "nodes").EnumerateArray().Select(n => n.GetProperty("sentence").GetString()!));
            if (!page.At("data", "exceptions", "pageInfo", "hasPreviousPage").GetBoolean()) break;
            before = page.At("data", "exceptions", "pageInfo", "startCursor").GetString();
        }
        Assert.Equal(expected, back);
    }

    [Fact]
    public async Task With_the_cache_off_every_report_reads_the_records()
    {
        using var api = GraphQLApi.Start(db => ReportingSeed.AddProvider(db, ReportingSeed.AddLscb(db), 1),
            new Dictionary<string, string?> { ["Commissioning:Reporting:ExceptionSnapshotLifetime"] = "00:00:00" });

        await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        var again = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        again.AssertNoErrors();
        Assert.True(again.At("extensions", "sqlStatements").GetInt32() > 1);
    }

    [Fact]
    public async Task With_the_warm_up_on_the_first_report_after_start_reads_only_the_data_version()
    {
        using var api = GraphQLApi.Start(db => ReportingSeed.AddProvider(db, ReportingSeed.AddLscb(db), 1),
            new Dictionary<string, string?> { ["Commissioning:Reporting:WarmUp"] = "true" });
        var warmUp = api.Services.GetServices<IHostedService>().OfType<ExceptionSnapshotWarmUp>().Single();
        await warmUp.ExecuteTask!;

        var first = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        first.AssertNoErrors();
        Assert.Equal(2, first.At("data", "exceptions", "totalCount").GetInt32());
        Assert.Equal(1, first.At("extensions", "sqlStatements").GetInt32());
    }

    [Fact]
    public async Task Requests_that_arrive_together_after_a_commit_share_one_load()
    {
        Domain.Schedules.Section11Schedule? schedule = null;
        using var api = GraphQLApi.Start(db => schedule = ReportingSeed.AddProvider(db, ReportingSeed.AddLscb(db), 1).Schedule);
        (await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam)).AssertNoErrors();
        using (var db = api.NewContext())
        {
            db.Add(ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q1));
            db.SaveChanges();
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PostAsync(Missing, caller: ReportingSeed.QualityTeam)));
        Assert.All(answers, a => Assert.Equal(1, a.At("data", "exceptions", "totalCount").GetInt32()));
        // Every request reads the data version; the records were read once, by whichever request started the load.
        var statements = answers.Select(a => a.At("extensions", "sqlStatements").GetInt32()).ToList();
        Assert.Equal(7, statements.Count(n => n == 1));
    }

    private static List<string> Names(System.Text.Json.JsonElement response)
    {
        response.AssertNoErrors();
        return response.At("data", "exceptions", "nodes").EnumerateArray().Select(n => n.GetProperty("providerName").GetString()!).Distinct().Order().ToList();
    }
}
