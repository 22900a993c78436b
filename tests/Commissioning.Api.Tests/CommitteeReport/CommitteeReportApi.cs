using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Api.Tests.GraphQL.Reporting;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.CommitteeReport;

/// <summary>
/// The API with two providers whose schedules raise exceptions (ReportingSeed), a configured commissioner, and the
/// report page's own GraphQL documents read from src/Commissioning.Web, so the tests run what the page sends.
/// </summary>
internal sealed partial class CommitteeReportApi : IDisposable
{
    public const string Commissioner = "NHS Testshire Clinical Commissioning Group";
    public const string Quarter = "2025/26-Q2";

    public GraphQLApi Api { get; }
    public Guid FirstProviderId { get; private set; }

    public CommitteeReportApi(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Commissioning:Reports:CommissionerName"] = Commissioner };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        Api = GraphQLApi.Start(db =>
        {
            var lscb = ReportingSeed.AddLscb(db);
            var (provider, schedule) = ReportingSeed.AddProvider(db, lscb, 1);
            FirstProviderId = provider.Id;
            ReportingSeed.AddProvider(db, lscb, 2);
            db.AddRange(ReportingSeed.SubmittedReturn(schedule, ReportingSeed.Q1), ReportingSeed.SubmittedReturn(schedule, ReportingSeed.Q2));
        }, all);
    }

    public async Task<HttpResponseMessage> GetAsync(string address, Actor? caller)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (caller is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor(caller));
        return await Api.Client.SendAsync(request);
    }

    /// <summary>The operation named <paramref name="name"/> in the report page's queries.ts.</summary>
    public static string PageOperation(string name)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Commissioning.Web", "src", "report", "queries.ts"));
        var documents = GraphQLTemplate().Matches(source).Select(m => m.Groups[1].Value);
        return documents.Single(d => Regex.IsMatch(d, $@"\bquery {name}\b"));
    }

    /// <summary>
    /// Every title in a PDF (the document's and its outline's, which Chromium writes from the page's title and
    /// headings), decoded from the PDF's UTF-16 hex or literal strings. Page text itself is compressed; titles are not.
    /// </summary>
    public static IReadOnlyList<string> PdfTitles(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var hex = HexTitle().Matches(text).Select(m => Convert.FromHexString(m.Groups[1].Value))
            .Select(bytes => bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
                ? System.Text.Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
                : System.Text.Encoding.Latin1.GetString(bytes));
        var literal = LiteralTitle().Matches(text).Select(m => m.Groups[1].Value);
        return [.. hex, .. literal];
    }

    /// <summary>Each page's size in points, from its MediaBox.</summary>
    public static IReadOnlyList<(double Width, double Height)> PdfPageSizes(byte[] pdf) =>
        MediaBox().Matches(System.Text.Encoding.Latin1.GetString(pdf))
            .Select(m => (Width: Number(m.Groups[3].Value) - Number(m.Groups[1].Value), Height: Number(m.Groups[4].Value) - Number(m.Groups[2].Value)))
            .ToList();

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Commissioning.sln"))) return directory.FullName;
        throw new InvalidOperationException("Commissioning.sln not found above the test's folder.");
    }

    public void Dispose() => Api.Dispose();

    [GeneratedRegex(@"/\* GraphQL \*/ `([^`]*)`")]
    private static partial Regex GraphQLTemplate();

    [GeneratedRegex(@"/Title\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexTitle();

    [GeneratedRegex(@"/Title\s*\(([^)]*)\)")]
    private static partial Regex LiteralTitle();

    [GeneratedRegex(@"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
