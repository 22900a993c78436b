using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

public sealed class AssuranceReportTests
{
    private const string Report = """
        query($variant: AssuranceReportVariant!) {
          assuranceReport(quarter: "2025/26-Q2", variant: $variant) {
            variant quarters periodStart periodEnd asOf
            providerCompliance { providerName quarter indicatorRag dutyRag greyIndicators }
            auditOutcomes { providerName topic assuranceLevel reportedOn }
            evaluations { caseReference grade }
            exceptions { total byCode { code count } }
            exceptionTrend { quarter total }
            actionPlans { status count }
            annualReview { financialYear providers providersWithEveryReturn dutySelfAssessments { rating count } auditAssurance { rag count } }
          }
        }
        """;

    [Fact]
    public async Task The_quarterly_report_covers_its_quarter_and_has_no_annual_review()
    {
        using var api = Seeded();
        var response = await api.PostAsync(Report, new { variant = "QUARTERLY" }, ReportingSeed.Nurse);
        response.AssertNoErrors();
        var report = response.At("data", "assuranceReport");
        Assert.Equal(["2025/26-Q2"], report.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal("2025-07-01", report.GetProperty("periodStart").GetString());
        Assert.Equal("2025-09-30", report.GetProperty("periodEnd").GetString());
        Assert.Equal("2025-09-30", report.GetProperty("asOf").GetString());
        Assert.Equal(2, report.GetProperty("providerCompliance").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("annualReview").ValueKind);
        Assert.Single(report.GetProperty("exceptionTrend").EnumerateArray());
        // Q1's return, due 15 July, was still missing at the end of Q2 for both providers.
        Assert.Equal(2, report.At("exceptions", "byCode").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "INDICATOR_RETURN_MISSING").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_six_monthly_report_covers_two_quarters()
    {
        using var api = Seeded();
        var response = await api.PostAsync(Report, new { variant = "SIX_MONTHLY" }, ReportingSeed.Nurse);
        response.AssertNoErrors();
        var report = response.At("data", "assuranceReport");
        Assert.Equal(["2025/26-Q1", "2025/26-Q2"], report.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal("2025-04-01", report.GetProperty("periodStart").GetString());
        Assert.Equal(4, report.GetProperty("providerCompliance").GetArrayLength());
        Assert.Equal(2, report.GetProperty("exceptionTrend").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("annualReview").ValueKind);
    }

    [Fact]
    public async Task The_annual_report_covers_the_year_to_date_with_the_compliance_review()
    {
        using var api = Seeded();
        var response = await api.PostAsync(Report, new { variant = "ANNUAL" }, ReportingSeed.Nurse);
        response.AssertNoErrors();
        var report = response.At("data", "assuranceReport");
        Assert.Equal("ANNUAL", report.GetProperty("variant").GetString());
        Assert.Equal(["2025/26-Q1", "2025/26-Q2"], report.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()));
        var review = report.GetProperty("annualReview");
        Assert.Equal("2025/26", review.GetProperty("financialYear").GetString());
        Assert.Equal(2, review.GetProperty("providers").GetInt32());
        Assert.Equal(1, review.GetProperty("providersWithEveryReturn").GetInt32());
        Assert.Equal(2, review.GetProperty("dutySelfAssessments").EnumerateArray()
            .Single(r => r.GetProperty("rating").GetString() == "NOT_MET").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Audit_outcomes_reported_in_the_period_are_listed()
    {
        using var api = Seeded();
        // The seeded audits were reported on 12 November 2025, in Q3.
        var q2 = await api.PostAsync(Report, new { variant = "QUARTERLY" }, ReportingSeed.Nurse);
        Assert.Equal(0, q2.At("data", "assuranceReport", "auditOutcomes").GetArrayLength());
        var q3 = await api.PostAsync("""
            { assuranceReport(quarter: "2025/26-Q3") { variant auditOutcomes { providerName topic assuranceLevel reportedOn } } }
            """, caller: ReportingSeed.Nurse);
        q3.AssertNoErrors();
        Assert.Equal("QUARTERLY", q3.At("data", "assuranceReport", "variant").GetString());
        var outcomes = q3.At("data", "assuranceReport", "auditOutcomes").EnumerateArray().ToList();
        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal("SIGNIFICANT", o.GetProperty("assuranceLevel").GetString()));
        Assert.Equal("2025-11-12", outcomes[0].GetProperty("reportedOn").GetString());
    }

    /// <summary>Two providers; the first made its Q1 and Q2 returns.</summary>
    private static GraphQLApi Seeded() => GraphQLApi.Start(db =>
    {
        var lscb = ReportingSeed.AddLscb(db);
        var (_, schedule) = ReportingSeed.AddProvider(db, lscb, 1);
        ReportingSeed.AddProvider(db, lscb, 2);
        db.AddRange(ReportingSeed.SubmittedReturn(schedule, ReportingSeed.Q1), ReportingSeed.SubmittedReturn(schedule, ReportingSeed.Q2));
    });
}
