using Commissioning.Api.Data;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain;
using Commissioning.Api.Reporting;
using Commissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// After a commit, the snapshot of every provider is brought up to date by reading again only the providers the
/// commit changed (the change log, <see cref="DataChange"/>), and read whole whenever the log cannot say: a change
/// that is not one provider's, a commit the log does not cover. Either way the next report shows the commit, and is
/// the report a fresh instance (which reads everything) gives; on both engines.
/// </summary>
public sealed class ExceptionSnapshotIncrementalTests
{
    private const string Missing = """
        { exceptions(asOf: "2025-11-20", where: { code: { eq: INDICATOR_RETURN_MISSING } }, first: 100) { totalCount nodes { providerName } } }
        """;

    private const string Everything = """{ exceptions(asOf: "2025-11-20", first: 100) { totalCount nodes { code providerName subjectId sentence } } }""";

    [Fact]
    public async Task A_commit_to_one_provider_rereads_only_that_provider_and_the_next_report_shows_it()
    {
        var world = World.Start(3);
        using var api = world.Api;
        Assert.Equal(6, await MissingCount(api));

        using (var db = api.NewContext())
        {
            db.Add(ReportingSeed.SubmittedReturn(world.Schedules[1], ReportingSeed.Q1));
            db.SaveChanges();
        }

        var after = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        after.AssertNoErrors();
        Assert.Equal(5, after.At("data", "exceptions", "totalCount").GetInt32());
        Assert.Equal([world.Providers[1]], LastLoad(api).Providers);
        await AssertSameReportAsAFreshInstance(api);
    }

    [Fact]
    public async Task A_mutation_rereads_only_the_provider_it_changed()
    {
        var world = World.Start(2);
        using var api = world.Api;
        Assert.Equal(4, await MissingCount(api));
        var schedule = world.Schedules[0];
        var quarter = FinancialQuarter.FromDate(new SystemClock().Today).AddQuarters(-2);
        var submitted = await api.PostAsync("""
            mutation ($input: SubmitIndicatorReturnInput!) { submitIndicatorReturn(input: $input) { errors { __typename } } }
            """,
            new
            {
                input = new
                {
                    scheduleId = Api.GraphQL.Conventions.NodeId.Encode("Section11Schedule", schedule.Id),
                    quarter = quarter.ToString(),
                    values = new[] { new { indicatorCode = "TRAINING_L1", value = 99.5m } },
                },
            },
            ReportingSeed.StaffOf(schedule.ProviderId));
        submitted.AssertNoErrors();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, submitted.At("data", "submitIndicatorReturn", "errors").ValueKind);

        (await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam)).AssertNoErrors();
        Assert.Equal([schedule.ProviderId], LastLoad(api).Providers);
        await AssertSameReportAsAFreshInstance(api);
    }

    [Fact]
    public async Task A_new_review_rereads_the_reviews_alone_and_the_next_report_shows_it()
    {
        var world = World.Start(2);
        using var api = world.Api;
        Assert.Equal(4, await MissingCount(api));

        using (var db = api.NewContext())
        {
            // Due by 31 October 2025, not complete: REVIEW_TIMESCALE_BREACHED on 20 November.
            var review = Domain.Reviews.Review.Open(ReportingSeed.QualityTeam, Domain.Reviews.ReviewKind.ProviderImr, "SCR-7",
                db.Lscbs.Select(l => l.Id).Single(), null, world.Providers[1], new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31),
                new CommissioningOptions(), ReportingSeed.Clock);
            db.Add(review.Value);
            db.SaveChanges();
        }

        const string breached = """{ exceptions(asOf: "2025-11-20", where: { code: { eq: REVIEW_TIMESCALE_BREACHED } }, first: 10) { totalCount } }""";
        var report = await api.PostAsync(breached, caller: ReportingSeed.QualityTeam);
        report.AssertNoErrors();
        Assert.Equal(1, report.At("data", "exceptions", "totalCount").GetInt32());
        Assert.Empty(LastLoad(api).Providers!);
        Assert.True(LastLoad(api).Reviews);
        await AssertSameReportAsAFreshInstance(api);
    }

    [Fact]
    public async Task A_change_that_is_not_one_provider_s_rereads_everything()
    {
        var world = World.Start(2);
        using var api = world.Api;
        Assert.Equal(4, await MissingCount(api));

        using (var db = api.NewContext())
        {
            ReportingSeed.AddLscb(db);
            db.SaveChanges();
        }

        Assert.Equal(4, await MissingCount(api));
        Assert.Null(LastLoad(api).Providers);
        await AssertSameReportAsAFreshInstance(api);
    }

    [Fact]
    public async Task A_commit_the_log_does_not_cover_rereads_everything()
    {
        var world = World.Start(2);
        using var api = world.Api;
        Assert.Equal(4, await MissingCount(api));

        // A commit whose entry is gone (pruned, as far as the reader can tell) and one that advanced the counter
        // without an entry (SQL run by hand): the counter grew by more than the entries the reader has not seen.
        using (var db = api.NewContext())
        {
            db.Add(ReportingSeed.SubmittedReturn(world.Schedules[0], ReportingSeed.Q1));
            db.SaveChanges();
            db.Database.ExecuteSqlRaw("""DELETE FROM "DataChanges" """);
        }
        Assert.Equal(3, await MissingCount(api));
        Assert.Null(LastLoad(api).Providers);
        Assert.Contains("covers 0 of 1", LastLoad(api).Reason, StringComparison.Ordinal);

        using (var db = api.NewContext())
            db.Database.ExecuteSqlRaw("""UPDATE "DataVersions" SET "Value" = "Value" + 1 WHERE "Id" = 1""");
        Assert.Equal(3, await MissingCount(api));
        Assert.Null(LastLoad(api).Providers);
        await AssertSameReportAsAFreshInstance(api);
    }

    [Fact]
    public async Task A_write_made_without_SaveChanges_rereads_everything()
    {
        var world = World.Start(2);
        using var api = world.Api;
        Assert.Equal(4, await MissingCount(api));

        using (var db = api.NewContext())
            await DataVersionInterceptor.AdvanceAsync(db, CancellationToken.None);

        Assert.Equal(4, await MissingCount(api));
        Assert.Null(LastLoad(api).Providers);
    }

    [Fact]
    public async Task Commits_to_two_providers_between_reports_reread_both()
    {
        var world = World.Start(3);
        using var api = world.Api;
        Assert.Equal(6, await MissingCount(api));

        foreach (var i in new[] { 0, 2 })
        {
            using var db = api.NewContext();
            db.Add(ReportingSeed.SubmittedReturn(world.Schedules[i], ReportingSeed.Q2));
            db.SaveChanges();
        }

        Assert.Equal(4, await MissingCount(api));
        Assert.Equal(new[] { world.Providers[0], world.Providers[2] }.Order(), LastLoad(api).Providers!.Order());
        await AssertSameReportAsAFreshInstance(api);
    }

    [Fact]
    public async Task The_log_is_pruned_behind_the_snapshot_and_later_commits_still_update_it()
    {
        var world = World.Start(2);
        using var api = world.Api;
        Assert.Equal(4, await MissingCount(api));

        // 2,100 commits that changed nothing the snapshot reads, counted and logged in one transaction.
        using (var db = api.NewContext())
        {
            var id = db.Database.IsNpgsql() ? "gen_random_uuid()" : "lower(hex(randomblob(16)))";
            var sql = $"""
                UPDATE "DataVersions" SET "Value" = "Value" + 2100 WHERE "Id" = 1;
                INSERT INTO "DataChanges" ("Id", "Version", "Providers")
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2100) SELECT {id}, i, '' FROM n;
                """;
            db.Database.ExecuteSqlRaw(sql);
        }
        Assert.Equal(4, await MissingCount(api));
        Assert.Empty(LastLoad(api).Providers!);
        using (var db = api.NewContext())
            Assert.InRange(db.Set<DataChange>().Count(), 1, DataChange.Kept + 1);

        using (var db = api.NewContext())
        {
            db.Add(ReportingSeed.SubmittedReturn(world.Schedules[0], ReportingSeed.Q1));
            db.SaveChanges();
        }
        Assert.Equal(3, await MissingCount(api));
        Assert.Equal([world.Providers[0]], LastLoad(api).Providers);
        await AssertSameReportAsAFreshInstance(api);
    }

    private static ChangeLog.LoadPlan LastLoad(GraphQLApi api) =>
        api.Services.GetRequiredService<ExceptionSnapshotCache>().LastLoad ?? throw new InvalidOperationException("nothing loaded");

    private static async Task<int> MissingCount(GraphQLApi api)
    {
        var report = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        report.AssertNoErrors();
        return report.At("data", "exceptions", "totalCount").GetInt32();
    }

    private static async Task AssertSameReportAsAFreshInstance(GraphQLApi api)
    {
        using var fresh = api.AnotherInstance();
        var expected = await fresh.PostAsync(Everything, caller: ReportingSeed.QualityTeam);
        var actual = await api.PostAsync(Everything, caller: ReportingSeed.QualityTeam);
        expected.AssertNoErrors();
        actual.AssertNoErrors();
        Assert.True(expected.At("data", "exceptions", "totalCount").GetInt32() > 0);
        Assert.Equal(expected.At("data", "exceptions").GetRawText(), actual.At("data", "exceptions").GetRawText());
    }

    private sealed record World(GraphQLApi Api, List<Guid> Providers, List<Domain.Schedules.Section11Schedule> Schedules)
    {
        public static World Start(int providers)
        {
            var ids = new List<Guid>();
            var schedules = new List<Domain.Schedules.Section11Schedule>();
            var api = GraphQLApi.Start(db =>
            {
                var lscb = ReportingSeed.AddLscb(db);
                for (var i = 1; i <= providers; i++)
                {
                    var (provider, schedule) = ReportingSeed.AddProvider(db, lscb, i);
                    ids.Add(provider.Id);
                    schedules.Add(schedule);
                }
            });
            return new World(api, ids, schedules);
        }
    }
}
