namespace Commissioning.Api.CommitteeReport;

/// <summary>
/// The committee report's settings, bound from <c>Commissioning:Reports</c>: whose report it is, and how its PDF is
/// printed (by Debian's headless Chromium, the only PDF engine this machine's package feeds offer).
/// </summary>
public sealed class CommitteeReportOptions
{
    public const string SectionName = "Commissioning:Reports";

    /// <summary>The commissioner named in the report's header (DOR 6.1: the CCG reports to its own committee).</summary>
    public string CommissionerName { get; set; } = "Clinical Commissioning Group";

    /// <summary>
    /// The Chromium (or Chrome) executable that prints the PDF. Empty: the first of <see cref="DefaultChromiumPaths"/>
    /// that exists. When none does, the PDF route answers 503 saying what to install.
    /// </summary>
    public string? ChromiumPath { get; set; }

    /// <summary>How long printing one PDF may take, data loading included, before the request is answered 503.</summary>
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Where Debian (<c>apt-get install chromium</c>) and other distributions put the browser.</summary>
    public static readonly IReadOnlyList<string> DefaultChromiumPaths =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>The executable to start, or null when none is installed.</summary>
    public string? ResolveChromium() =>
        string.IsNullOrWhiteSpace(ChromiumPath)
            ? DefaultChromiumPaths.FirstOrDefault(File.Exists)
            : File.Exists(ChromiumPath) ? ChromiumPath : null;
}
