using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// Exception reports share one snapshot of the records between requests until something is saved, by this API
/// or by any other writer of the database; the SQL statement count shows whether a request read the records.
/// </summary>
public sealed class ExceptionSnapshotCacheTests
{
    private const string Missing = """
        { exceptions(asOf: "2025-11-20", where: { code: { eq: INDICATOR_RETURN_MISSING } }, first: 50) { totalCount } }
        """;

    // The cache is used on SQLite only (see ExceptionSnapshotCache.GetAsync); on PostgreSQL every report loads afresh.
    [Fact]
    [Trait(Data.DatabaseEngine.Trait, Data.DatabaseEngine.SqliteOnly)]
    public async Task A_repeated_report_reads_no_records_until_another_writer_saves_and_then_shows_the_change()
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
        Assert.True(first.At("extensions", "sqlStatements").GetInt32() > 0);
        Assert.Equal(0, again.At("extensions", "sqlStatements").GetInt32());

        // Another writer (a context of its own, as another API instance would be) submits both returns.
        using (var db = api.NewContext())
        {
            db.AddRange(ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q1), ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q2));
            db.SaveChanges();
        }

        var after = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        after.AssertNoErrors();
        Assert.Equal(0, after.At("data", "exceptions", "totalCount").GetInt32());
        Assert.True(after.At("extensions", "sqlStatements").GetInt32() > 0);
    }

    [Fact]
    public async Task With_the_cache_off_every_report_reads_the_records()
    {
        using var api = GraphQLApi.Start(db => ReportingSeed.AddProvider(db, ReportingSeed.AddLscb(db), 1),
            new Dictionary<string, string?> { ["Commissioning:Reporting:ExceptionSnapshotLifetime"] = "00:00:00" });

        await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        var again = await api.PostAsync(Missing, caller: ReportingSeed.QualityTeam);
        again.AssertNoErrors();
        Assert.True(again.At("extensions", "sqlStatements").GetInt32() > 0);
    }
}
