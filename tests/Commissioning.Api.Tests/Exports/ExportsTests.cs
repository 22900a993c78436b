using System.Globalization;
using System.Net;
using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.GraphQL.Reporting;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.Exports;

/// <summary>
/// The exports hold exactly what the GraphQL query gives the same caller for the same filters, row for row, as
/// files a spreadsheet opens: CSV per RFC 4180 and an xlsx workbook.
/// </summary>
public sealed class ExportsTests : IClassFixture<ExportsTests.Fixture>
{
    private const string ExceptionsQuery = """
        query($asOf: Date, $lscb: ID, $where: ExceptionLineFilterInput, $first: Int, $after: String) {
          exceptions(asOf: $asOf, lscb: $lscb, where: $where, first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { code severity providerName providerId subjectType subjectId sentence arisenOn daysOutstanding }
          }
        }
        """;

    private const string ComplianceQuery = """
        query($quarter: FinancialQuarter!, $lscb: ID, $where: ProviderComplianceFilterInput, $first: Int, $after: String) {
          complianceSummary(quarter: $quarter, lscb: $lscb, where: $where, first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { providerName odsCode providerType providerId quarter indicatorRag dutyRag }
          }
        }
        """;

    private static readonly string[] ExceptionFields = ["code", "severity", "providerName", "providerId", "subjectType", "subjectId", "sentence", "arisenOn", "daysOutstanding"];
    private static readonly string[] ComplianceFields = ["providerName", "odsCode", "providerType", "providerId", "quarter", "indicatorRag", "dutyRag"];

    public sealed class Fixture : IDisposable
    {
        internal ExportsApi Exports { get; } = new();
        public void Dispose() => Exports.Dispose();
    }

    private readonly ExportsApi _exports;

    public ExportsTests(Fixture fixture) => _exports = fixture.Exports;

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_exception_export_matches_the_exceptions_query_row_for_row(string format)
    {
        var expected = await ExpectedAsync(ExceptionsQuery, "exceptions", new() { ["asOf"] = "2025-11-20", ["where"] = new { severity = new { @in = new[] { "HIGH", "MEDIUM", "LOW" } } } },
            ReportingSeed.QualityTeam, ExceptionFields, format);
        Assert.True(expected.Count > ExportsApi.PageSize, "more rows than one page, so the export pages through the connection");

        var rows = await ExportAsync($"/exports/exceptions.{format}?asOf=2025-11-20&severity=HIGH,MEDIUM&severity=LOW", ReportingSeed.QualityTeam, format);

        Assert.Equal(["Code", "Severity", "Provider", "Provider id", "Subject type", "Subject id", "Exception", "Arisen on", "Days outstanding"], rows[0]);
        Assert.Equal(expected, rows.Skip(1).ToList());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_compliance_summary_export_matches_the_complianceSummary_query_row_for_row(string format)
    {
        var expected = await ExpectedAsync(ComplianceQuery, "complianceSummary", new() { ["quarter"] = "2025/26-Q2", ["where"] = new { providerType = new { @in = new[] { "NHS_TRUST" } } } },
            ReportingSeed.QualityTeam, ComplianceFields, format);
        Assert.Equal(3, expected.Count);

        var rows = await ExportAsync($"/exports/compliance-summary.{format}?quarter=2025/26-Q2&providerType=NHS_TRUST", ReportingSeed.QualityTeam, format);

        Assert.Equal(["Provider", "ODS code", "Provider type", "Provider id", "Quarter", "Indicator RAG", "Duty RAG"], rows[0]);
        Assert.Equal(expected, rows.Skip(1).ToList());
    }

    [Fact]
    public async Task A_file_is_named_after_its_export_and_quarter_and_is_never_cached()
    {
        using var response = await _exports.GetAsync("/exports/compliance-summary.xlsx?quarter=2025/26-Q2", ReportingSeed.QualityTeam);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("compliance-summary-2025-26-Q2.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Csv_quotes_commas_and_quotes_and_ends_every_record_with_crlf()
    {
        using var response = await _exports.GetAsync("/exports/compliance-summary.csv?quarter=2025/26-Q2&providerName=Jones", ReportingSeed.QualityTeam);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains("\r\n\"Smith, \"\"Jones\"\" & Co\",N090,INDEPENDENT,", text, StringComparison.Ordinal);
        Assert.Equal(ExportsApi.QuotedName, ExportFiles.ReadCsv(await Bytes(response))[1][0]);
    }

    [Fact]
    public async Task Csv_text_that_a_spreadsheet_would_run_as_a_formula_starts_with_a_single_quote()
    {
        using var csv = await _exports.GetAsync("/exports/compliance-summary.csv?quarter=2025/26-Q2&providerName=HYPERLINK", ReportingSeed.QualityTeam);
        var row = ExportFiles.ReadCsv(await Bytes(csv))[1];
        Assert.Equal("'" + ExportsApi.FormulaName, row[0]);

        // In the workbook the same text is an inline string, which no spreadsheet evaluates: shown as it is.
        using var xlsx = await _exports.GetAsync("/exports/compliance-summary.xlsx?quarter=2025/26-Q2&providerName=HYPERLINK", ReportingSeed.QualityTeam);
        var cell = ExportFiles.ReadXlsxCells(await Bytes(xlsx))[1][0];
        Assert.Equal(ExportsApi.FormulaName, cell.Text);
        Assert.Equal("inlineStr", cell.Type);
        Assert.False(cell.HasFormula);
    }

    [Fact]
    public async Task The_workbook_has_a_bold_header_and_numbers_as_numbers()
    {
        using var response = await _exports.GetAsync("/exports/exceptions.xlsx?asOf=2025-11-20", ReportingSeed.QualityTeam);
        var rows = ExportFiles.ReadXlsxCells(await Bytes(response));

        Assert.All(rows[0], header => Assert.Equal("1", header.Style));
        var days = rows[1][8];
        Assert.Null(days.Type);
        Assert.True(int.TryParse(days.Text, NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Provider_staff_get_only_their_own_providers_rows(string format)
    {
        var staff = ReportingSeed.StaffOf(_exports.FirstProviderId);
        var expected = await ExpectedAsync(ExceptionsQuery, "exceptions", new() { ["asOf"] = "2025-11-20" }, staff, ExceptionFields, format);

        var rows = await ExportAsync($"/exports/exceptions.{format}?asOf=2025-11-20", staff, format);

        Assert.NotEmpty(rows.Skip(1));
        Assert.All(rows.Skip(1), row => Assert.Equal("Provider 001", row[2]));
        Assert.Equal(expected, rows.Skip(1).ToList());
    }

    [Fact]
    public async Task The_provider_filter_takes_the_ids_the_api_gives_out()
    {
        var all = await ExportAsync("/exports/exceptions.csv?asOf=2025-11-20", ReportingSeed.QualityTeam, "csv");
        var providerId = all[1][3];

        var rows = await ExportAsync($"/exports/exceptions.csv?asOf=2025-11-20&provider={Uri.EscapeDataString(providerId)}", ReportingSeed.QualityTeam, "csv");

        Assert.Equal(all.Skip(1).Where(row => row[3] == providerId).ToList(), rows.Skip(1).ToList());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_exception_export_takes_the_dashboards_provider_type_filter_as_the_query_does(string format)
    {
        var expected = await ExpectedAsync(ExceptionsQuery, "exceptions",
            new() { ["asOf"] = "2025-11-20", ["where"] = new { providerType = new { @in = new[] { "INDEPENDENT", "GP_PRACTICE" } } } },
            ReportingSeed.QualityTeam, ExceptionFields, format);

        var rows = await ExportAsync($"/exports/exceptions.{format}?asOf=2025-11-20&providerType=INDEPENDENT,GP_PRACTICE", ReportingSeed.QualityTeam, format);

        Assert.Equal(expected, rows.Skip(1).ToList());
        var providers = rows.Skip(1).Select(row => row[2]).ToHashSet();
        Assert.Equal(new HashSet<string> { ExportsApi.QuotedName, format == "csv" ? "'" + ExportsApi.FormulaName : ExportsApi.FormulaName, ExportsApi.PracticeName }, providers);
    }

    [Theory]
    [InlineData("exceptions", "asOf=2025-11-20", 2)]
    [InlineData("compliance-summary", "quarter=2025/26-Q2", 0)]
    public async Task Both_exports_take_the_dashboards_lscb_filter_and_keep_every_provider_of_that_board(string export, string filter, int providerColumn)
    {
        var lscb = NodeId.Encode("Lscb", _exports.SecondLscbId);
        var (query, field, fields, variables) = export == "exceptions"
            ? (ExceptionsQuery, "exceptions", ExceptionFields, new Dictionary<string, object?> { ["asOf"] = "2025-11-20", ["lscb"] = lscb })
            : (ComplianceQuery, "complianceSummary", ComplianceFields, new Dictionary<string, object?> { ["quarter"] = "2025/26-Q2", ["lscb"] = lscb });
        var expected = await ExpectedAsync(query, field, variables, ReportingSeed.QualityTeam, fields, "csv");

        var rows = await ExportAsync($"/exports/{export}.csv?{filter}&lscb={Uri.EscapeDataString(lscb)}", ReportingSeed.QualityTeam, "csv");

        Assert.Equal(expected, rows.Skip(1).ToList());
        // The quoted provider is on both boards; the others of the first board are left out.
        Assert.Equal(new HashSet<string> { ExportsApi.QuotedName, ExportsApi.PracticeName }, rows.Skip(1).Select(row => row[providerColumn]).ToHashSet());
    }

    [Theory]
    [InlineData("/exports/exceptions.csv?asOf=2025-11-20")]
    [InlineData("/exports/compliance-summary.xlsx?quarter=2025/26-Q2")]
    public async Task Without_a_token_an_export_is_refused_with_401(string address)
    {
        using var response = await _exports.GetAsync(address, caller: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not authenticated", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task A_dashboard_token_may_export_the_compliance_summary_but_not_the_exception_lines()
    {
        var dashboard = new Actor("wall", "Wall screen", Role.Dashboard);

        using var summary = await _exports.GetAsync("/exports/compliance-summary.csv?quarter=2025/26-Q2", dashboard);
        using var lines = await _exports.GetAsync("/exports/exceptions.csv?asOf=2025-11-20", dashboard);

        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, lines.StatusCode);
        Assert.Contains("not authorized", await lines.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/exports/exceptions.csv?severity=URGENT", "URGENT")]
    [InlineData("/exports/exceptions.csv?colour=red", "'colour'")]
    [InlineData("/exports/compliance-summary.csv", "quarter")]
    [InlineData("/exports/compliance-summary.xlsx?quarter=next", "next")]
    [InlineData("/exports/exceptions.csv?providerType=HOSPICE", "HOSPICE")]
    [InlineData("/exports/compliance-summary.csv?quarter=2025/26-Q2&lscb=UHJvdmlkZXI6MQ==", "Lscb")]
    public async Task A_bad_filter_is_a_400_saying_what_is_wrong(string address, string named)
    {
        using var response = await _exports.GetAsync(address, ReportingSeed.QualityTeam);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<List<List<string>>> ExportAsync(string address, Actor caller, string format)
    {
        using var response = await _exports.GetAsync(address, caller);
        var bytes = await Bytes(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        var rows = format == "csv" ? ExportFiles.ReadCsv(bytes) : ExportFiles.ReadXlsx(bytes);
        // A workbook leaves empty cells out; a row is as wide as the header.
        return rows.Select(row => row.Concat(Enumerable.Repeat("", Math.Max(0, rows[0].Count - row.Count))).ToList()).ToList();
    }

    private async Task<List<List<string>>> ExpectedAsync(string query, string field, Dictionary<string, object?> variables, Actor caller,
        string[] fields, string format)
    {
        var nodes = await _exports.AllNodesAsync(query, field, variables, caller);
        return nodes.Select(node => fields.Select(name => Cell(node.GetProperty(name), format)).ToList()).ToList();
    }

    /// <summary>A value as the file shows it: text in CSV guarded against formulas (= + - @), numbers as they are.</summary>
    private static string Cell(JsonElement value, string format) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.Number => value.GetRawText(),
        _ when format == "csv" && value.GetString() is [ '=' or '+' or '-' or '@', ..] text => "'" + text,
        _ => value.GetString()!,
    };

    private static async Task<byte[]> Bytes(HttpResponseMessage response) => await response.Content.ReadAsByteArrayAsync();
}
