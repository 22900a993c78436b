using System.Net;
using System.Text.Json;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL.Reporting;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.CommitteeReport;

/// <summary>
/// The committee report page at /reports/committee, and the GraphQL operations it sends (read from the page's own
/// queries.ts), run as each role that opens it.
/// </summary>
public sealed class CommitteeReportPageTests : IDisposable
{
    private static readonly Actor Dashboard = new("committee-pack", "Committee pack", Role.Dashboard);
    private readonly CommitteeReportApi _api = new();

    [Fact]
    public async Task The_page_is_served_to_anyone_with_the_sites_content_security_policy_and_no_data_in_it()
    {
        using var response = await _api.GetAsync("/reports/committee?quarter=2025/26-Q2", caller: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Committee assurance report", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Provider 001", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_names_the_configured_commissioner_and_when_it_was_generated()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var response = await _api.Api.PostAsync(CommitteeReportApi.PageOperation("CommitteeReport"),
            new { quarter = CommitteeReportApi.Quarter, caseDetail = true, yearEnd = false }, ReportingSeed.Nurse);

        response.AssertNoErrors();
        var report = response.At("data", "report");
        Assert.Equal(CommitteeReportApi.Commissioner, report.GetProperty("commissioner").GetString());
        Assert.InRange(report.GetProperty("generatedAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(CommitteeReportApi.Quarter, report.GetProperty("quarter").GetString());
        Assert.Equal(["Provider 001", "Provider 002"], report.GetProperty("providerCompliance").EnumerateArray()
            .Select(p => p.GetProperty("providerName").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.False, response.At("data").TryGetProperty("yearEnd", out _) ? JsonValueKind.True : JsonValueKind.False);
    }

    [Fact]
    public async Task The_last_quarter_of_the_year_adds_the_annual_compliance_review()
    {
        var response = await _api.Api.PostAsync(CommitteeReportApi.PageOperation("CommitteeReport"),
            new { quarter = "2025/26-Q4", caseDetail = true, yearEnd = true }, ReportingSeed.QualityTeam);

        response.AssertNoErrors();
        var review = response.At("data", "yearEnd", "annualReview");
        Assert.Equal("2025/26", review.GetProperty("financialYear").GetString());
        Assert.Equal(2, review.GetProperty("providers").GetInt32());
    }

    [Fact]
    public async Task The_exception_list_the_page_pages_through_matches_the_reports_counts()
    {
        var report = await _api.Api.PostAsync(CommitteeReportApi.PageOperation("CommitteeReport"),
            new { quarter = CommitteeReportApi.Quarter, caseDetail = true, yearEnd = false }, ReportingSeed.QualityTeam);
        report.AssertNoErrors();
        var asOf = report.At("data", "report", "asOf").GetString();

        var list = await _api.Api.PostAsync(CommitteeReportApi.PageOperation("CommitteeReportExceptions"),
            new { asOf, quarter = CommitteeReportApi.Quarter, after = (string?)null }, ReportingSeed.QualityTeam);

        list.AssertNoErrors();
        var lines = list.At("data", "exceptions", "nodes").EnumerateArray().ToList();
        Assert.Equal(report.At("data", "report", "exceptions", "total").GetInt32(), lines.Count);
        Assert.NotEmpty(lines);
        // Most severe first, as the committee reads them.
        var severities = lines.Select(l => l.GetProperty("severity").GetString()).ToList();
        Assert.Equal(severities.OrderBy(s => s switch { "HIGH" => 0, "MEDIUM" => 1, _ => 2 }), severities);
    }

    [Fact]
    public async Task A_committee_pack_reads_the_figures_but_not_the_exception_list()
    {
        var figures = await _api.Api.PostAsync(CommitteeReportApi.PageOperation("CommitteeReport"),
            new { quarter = CommitteeReportApi.Quarter, caseDetail = false, yearEnd = false }, Dashboard);
        figures.AssertNoErrors();
        Assert.True(figures.At("data", "report", "exceptions", "total").GetInt32() > 0);

        // Why the page leaves the list out for this role: the API refuses it.
        var list = await _api.Api.PostAsync(CommitteeReportApi.PageOperation("CommitteeReportExceptions"),
            new { asOf = "2025-09-30", quarter = CommitteeReportApi.Quarter, after = (string?)null }, Dashboard);
        Assert.Equal("AUTH_NOT_AUTHORIZED", list.ErrorCode());
    }

    [Fact]
    public async Task Provider_staff_cannot_read_the_committee_report()
    {
        var response = await _api.Api.PostAsync(CommitteeReportApi.PageOperation("CommitteeReport"),
            new { quarter = CommitteeReportApi.Quarter, caseDetail = true, yearEnd = false }, ReportingSeed.StaffOf(_api.FirstProviderId));

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.ErrorCode());
    }

    public void Dispose() => _api.Dispose();
}
