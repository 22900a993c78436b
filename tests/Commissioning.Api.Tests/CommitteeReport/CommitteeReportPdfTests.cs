using System.Net;
using Commissioning.Api.Tests.GraphQL.Reporting;

namespace Commissioning.Api.Tests.CommitteeReport;

/// <summary>
/// GET /reports/committee.pdf: the report page printed by headless Chromium (installed by
/// build/install-browser-deps.sh) with the caller's own token and rights.
/// </summary>
public sealed class CommitteeReportPdfTests : IDisposable
{
    private readonly CommitteeReportApi _api = new();

    [Fact]
    public async Task The_quality_team_gets_the_report_for_the_quarter_as_a_pdf()
    {
        using var response = await _api.GetAsync("/reports/committee.pdf?quarter=2025/26-Q2", ReportingSeed.QualityTeam);

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(body));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-"u8.ToArray(), body[..5]);
        Assert.Equal("committee-report-2025-26-Q2.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        // Every page is A4 portrait (595 x 842 points), as the page's print style sheet asks.
        var pages = CommitteeReportApi.PdfPageSizes(body);
        Assert.NotEmpty(pages);
        Assert.All(pages, size => Assert.True(Math.Abs(size.Width - 595) < 1 && Math.Abs(size.Height - 842) < 1, $"{size.Width} x {size.Height}"));
        var titles = CommitteeReportApi.PdfTitles(body);
        Assert.Contains(titles, t => t.Contains("Committee assurance report 2025/26-Q2", StringComparison.Ordinal));
        // The outline is the page's headings: every section of the report was rendered.
        foreach (var section in new[] { "1. Provider compliance", "2. Exceptions", "3. Audit outcomes", "5. Action plans", "Appendix: exception list" })
            Assert.Contains(titles, t => t.StartsWith(section, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Provider_staff_are_refused_with_the_apis_own_reason_because_the_pdf_is_printed_as_them()
    {
        using var response = await _api.GetAsync("/reports/committee.pdf?quarter=2025/26-Q2", ReportingSeed.StaffOf(_api.FirstProviderId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not authorized", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401_and_no_browser_is_started()
    {
        // A Chromium path that does not exist: had a browser been asked for, the answer would be 503, not 401.
        using var api = new CommitteeReportApi(new Dictionary<string, string?> { ["Commissioning:Reports:ChromiumPath"] = "/nonexistent/chromium" });

        using var response = await api.GetAsync("/reports/committee.pdf?quarter=2025/26-Q2", caller: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?quarter=2026Q2")]
    [InlineData("?quarter=2025/27-Q2")]
    public async Task A_missing_or_malformed_quarter_is_400_saying_how_to_write_one(string query)
    {
        using var response = await _api.GetAsync($"/reports/committee.pdf{query}", ReportingSeed.QualityTeam);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("?quarter=2026/27-Q2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_chromium_the_answer_is_503_saying_what_to_install_and_what_to_configure()
    {
        using var api = new CommitteeReportApi(new Dictionary<string, string?> { ["Commissioning:Reports:ChromiumPath"] = "/nonexistent/chromium" });

        using var response = await api.GetAsync("/reports/committee.pdf?quarter=2025/26-Q2", ReportingSeed.QualityTeam);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var message = await response.Content.ReadAsStringAsync();
        Assert.Contains("apt-get install chromium", message, StringComparison.Ordinal);
        Assert.Contains("Commissioning:Reports:ChromiumPath (/nonexistent/chromium)", message, StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();
}
