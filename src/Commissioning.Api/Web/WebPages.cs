namespace Commissioning.Api.Web;

/// <summary>
/// The pages src/Commissioning.Web builds into the web root, and where each is served. A new page (exports, the
/// committee report) is an entry in vite.config.ts, in src/shared/pages.ts for the navigation, and here.
/// </summary>
public static class WebPages
{
    /// <summary>The GraphQL IDE, served at the GraphQL endpoint's own address to browsers.</summary>
    public static readonly WebPage GraphQLIde = new("/graphql", "ide.html", "GraphQL IDE");

    public static readonly WebPage Dashboard = new("/dashboard", "dashboard.html", "compliance dashboard");

    /// <summary>The Audit and Quality Committee assurance report, printable (src/Commissioning.Api/CommitteeReport).</summary>
    public static readonly WebPage CommitteeReport = new("/reports/committee", "committee-report.html", "committee report");

    /// <summary>Pages with a route of their own (the IDE shares /graphql and is negotiated instead).</summary>
    public static readonly IReadOnlyList<WebPage> Routed = [Dashboard, CommitteeReport];

    /// <summary>Where the built scripts, styles and workers are; their names carry a content hash.</summary>
    public const string AssetsPath = "/assets";
}

/// <param name="Path">The address the page is served at.</param>
/// <param name="File">The HTML file in the web root.</param>
/// <param name="Title">What the page is called in messages.</param>
public sealed record WebPage(string Path, string File, string Title);
