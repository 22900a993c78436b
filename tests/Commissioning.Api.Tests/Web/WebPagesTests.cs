using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Commissioning.Api.Tests.Data;
using Microsoft.AspNetCore.Hosting;

namespace Commissioning.Api.Tests.Web;

/// <summary>
/// The API serves the pages src/Commissioning.Web builds, from a web root this test writes itself so it does not
/// depend on npm: the IDE at /graphql for browsers, the dashboard at /dashboard, hashed assets under /assets.
/// </summary>
public sealed class WebPagesTests : IDisposable
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly TestDatabase _database = new();
    private readonly string _webRoot;

    public WebPagesTests()
    {
        _webRoot = Path.Combine(_database.Folder, "wwwroot");
        Directory.CreateDirectory(Path.Combine(_webRoot, "assets"));
        File.WriteAllText(Path.Combine(_webRoot, "ide.html"), "<!doctype html><title>IDE page</title>");
        File.WriteAllText(Path.Combine(_webRoot, "dashboard.html"), "<!doctype html><title>Dashboard page</title>");
        File.WriteAllText(Path.Combine(_webRoot, "assets", "app-1a2b3c.js"), "console.log('built');");
    }

    [Fact]
    public async Task A_browser_opening_graphql_gets_the_ide_with_a_strict_content_security_policy()
    {
        using var factory = Factory(_webRoot);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Get("/graphql", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("IDE page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task A_graphql_client_getting_graphql_without_a_query_still_gets_a_graphql_error()
    {
        using var factory = Factory(_webRoot);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Get("/graphql", "application/graphql-response+json"));

        // Not a GraphQL request at all, so the spec's plain application/json error, as before the IDE existed.
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_query_in_the_address_bar_is_executed_not_answered_with_the_ide()
    {
        using var factory = Factory(_webRoot);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Get("/graphql?query=%7B__typename%7D", BrowserAccept));

        await AssertGraphQLResponseAsync(response);
    }

    [Fact]
    public async Task A_post_from_a_browser_is_a_graphql_request()
    {
        using var factory = Factory(_webRoot);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", MediaTypeHeaderValue.Parse("application/json")),
        };
        request.Headers.Accept.ParseAdd(BrowserAccept);

        using var response = await client.SendAsync(request);

        await AssertGraphQLResponseAsync(response);
    }

    [Fact]
    public async Task The_dashboard_is_served_at_its_own_address_and_the_site_root_leads_to_it()
    {
        using var factory = Factory(_webRoot);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var dashboard = await client.SendAsync(Get("/dashboard", BrowserAccept));
        using var root = await client.SendAsync(Get("/", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Dashboard page", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-cache", dashboard.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/dashboard", root.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Built_assets_are_served_for_a_year_and_nothing_else_in_the_web_root_is()
    {
        using var factory = Factory(_webRoot);
        using var client = factory.CreateClient();

        using var asset = await client.GetAsync("/assets/app-1a2b3c.js");
        using var page = await client.GetAsync("/ide.html");

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        Assert.True(asset.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Without_a_built_web_root_the_pages_say_how_to_build_them()
    {
        var empty = Path.Combine(_database.Folder, "empty-web-root");
        Directory.CreateDirectory(empty);
        using var factory = Factory(empty);
        using var client = factory.CreateClient();

        using var ide = await client.SendAsync(Get("/graphql", BrowserAccept));
        using var dashboard = await client.SendAsync(Get("/dashboard", BrowserAccept));

        Assert.Equal(HttpStatusCode.NotFound, ide.StatusCode);
        Assert.Contains("SkipWebBuild", await ide.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, dashboard.StatusCode);
        Assert.Contains("npm", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private ApiFactory Factory(string webRoot) => new(new Dictionary<string, string?>(_database.Settings)
    {
        ["Commissioning:DemoData:Enabled"] = "false",
        [WebHostDefaults.WebRootKey] = webRoot,
    });

    /// <summary>
    /// The engine answered (a JSON GraphQL response; whether with data or an authorization error depends on the
    /// caller, which is not what these tests are about), not the IDE.
    /// </summary>
    private static async Task AssertGraphQLResponseAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.TryGetProperty("data", out _) || body.RootElement.TryGetProperty("errors", out _));
    }

    private static HttpRequestMessage Get(string uri, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    public void Dispose() => _database.Dispose();
}
