using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

public sealed class PublishExceptionReportTests
{
    private const string Publish = """
        mutation($input: PublishExceptionReportInput!) {
          publishExceptionReport(input: $input) {
            report { id quarter asOf lscbId publishedByName lineCount lines { code providerName sentence } }
            errors { __typename ... on Error { code message } }
          }
        }
        """;

    private const string Listed = """
        {
          publishedExceptionReports {
            totalCount
            nodes { id quarter publishedByUserId publishedByName lineCount lines { code } byCode { code count } }
          }
        }
        """;

    [Fact]
    public async Task The_director_publishes_a_snapshot_that_stays_as_published_when_the_records_change()
    {
        Domain.Schedules.Section11Schedule? schedule = null;
        Guid lscbId = Guid.Empty;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            lscbId = lscb.Id;
            schedule = ReportingSeed.AddProvider(db, lscb, 1).Schedule;
        });
        var input = new { lscbId = NodeId.Encode("Lscb", lscbId), quarter = "2025/26-Q2", asOf = "2025-11-20" };

        var published = await api.PostAsync(Publish, new { input }, ReportingSeed.Director);
        published.AssertNoErrors();
        var report = published.At("data", "publishExceptionReport", "report");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, published.At("data", "publishExceptionReport", "errors").ValueKind);
        // The bearer token carries the director's display name.
        Assert.Equal("Drew Director", report.GetProperty("publishedByName").GetString());
        var lines = report.GetProperty("lineCount").GetInt32();
        Assert.Equal(2, report.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("code").GetString() == "INDICATOR_RETURN_MISSING"));

        // Fixing the records clears the live exceptions but not the published snapshot.
        using (var db = api.NewContext())
        {
            db.AddRange(ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q1), ReportingSeed.SubmittedReturn(schedule!, ReportingSeed.Q2));
            db.SaveChanges();
        }
        var live = await api.PostAsync("""{ exceptions(asOf: "2025-11-20", where: { code: { eq: INDICATOR_RETURN_MISSING } }) { totalCount } }""",
            caller: ReportingSeed.QualityTeam);
        Assert.Equal(0, live.At("data", "exceptions", "totalCount").GetInt32());

        var listed = await api.PostAsync(Listed, caller: ReportingSeed.QualityTeam);
        listed.AssertNoErrors();
        Assert.Equal(1, listed.At("data", "publishedExceptionReports", "totalCount").GetInt32());
        var kept = listed.At("data", "publishedExceptionReports", "nodes", 0);
        Assert.Equal(report.GetProperty("id").GetString(), kept.GetProperty("id").GetString());
        Assert.Equal("dir", kept.GetProperty("publishedByUserId").GetString());
        Assert.Equal(lines, kept.GetProperty("lineCount").GetInt32());
        Assert.Equal(2, kept.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("code").GetString() == "INDICATOR_RETURN_MISSING"));
        Assert.Equal(lines, kept.GetProperty("byCode").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));

        var refetched = await api.PostAsync("query($id: ID!) { node(id: $id) { ... on PublishedExceptionReport { lineCount } } }",
            new { id = kept.GetProperty("id").GetString() }, ReportingSeed.QualityTeam);
        refetched.AssertNoErrors();
        Assert.Equal(lines, refetched.At("data", "node", "lineCount").GetInt32());
    }

    [Fact]
    public async Task Only_the_director_may_publish_and_nothing_is_stored_when_refused()
    {
        Guid lscbId = Guid.Empty;
        using var api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            lscbId = lscb.Id;
            ReportingSeed.AddProvider(db, lscb, 1);
        });
        var input = new { lscbId = NodeId.Encode("Lscb", lscbId), quarter = "2025/26-Q2", asOf = "2025-11-20" };

        var refused = await api.PostAsync(Publish, new { input }, ReportingSeed.QualityTeam);
        refused.AssertNoErrors();
        Assert.Equal(JsonValueKindNull, refused.At("data", "publishExceptionReport", "report").ValueKind);
        Assert.Equal("FORBIDDEN", refused.At("data", "publishExceptionReport", "errors", 0, "code").GetString());

        var unknown = await api.PostAsync(Publish, new { input = input with { lscbId = NodeId.Encode("Lscb", Guid.NewGuid()) } }, ReportingSeed.Director);
        Assert.Equal("NOT_FOUND", unknown.At("data", "publishExceptionReport", "errors", 0, "code").GetString());

        var future = await api.PostAsync(Publish, new { input = input with { quarter = "2099/00-Q1" } }, ReportingSeed.Director);
        Assert.Equal("QUARTER_NOT_OPEN", future.At("data", "publishExceptionReport", "errors", 0, "code").GetString());

        using var db = api.NewContext();
        Assert.Equal(0, await db.PublishedExceptionReports.CountAsync());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
