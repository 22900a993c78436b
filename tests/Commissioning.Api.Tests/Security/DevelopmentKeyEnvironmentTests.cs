using System.Net;
using Commissioning.Api.Hosting;
using Commissioning.Api.Tests.Data;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Tests.Security;

/// <summary>Development signing is refused outside the Development environment (issue 5, item 1).</summary>
public sealed class DevelopmentKeyEnvironmentTests
{
    private const string Key = "a development key that is long enough to sign HS256 tokens";

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task A_host_outside_Development_with_development_keys_does_not_start(string environment)
    {
        var refused = await StartFailsAsync(environment, new Dictionary<string, string?>
        {
            ["Commissioning:Authentication:Issuer"] = "https://localhost/dev",
            ["Commissioning:Authentication:DevelopmentSigningKeys:0"] = Key,
        });

        Assert.Contains($"Commissioning:Authentication:DevelopmentSigningKeys is set but the environment is '{environment}'", refused.Message);
        Assert.Contains("refused outside Development", refused.Message);
    }

    [Fact]
    public async Task A_production_host_without_an_authority_accepts_no_token_but_serves_anonymous_callers()
    {
        // Production with nothing configured: appsettings.Development.json is not read, so the development
        // key a token was minted with is unknown here.
        using var development = GraphQLApi.Start();
        var token = development.TokenFor(new Actor("dir", "Director", Role.Director));
        using var production = GraphQLApi.Start(settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["Commissioning:Authentication:Authority"] = "",
        });

        await production.AssertRefusedAsync(token, "");
        using var anonymous = await production.Client.PostAsync("/graphql",
            new StringContent("{\"query\":\"{ me { userId } }\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("Commissioning:Authentication:DevelopmentSigningKeys:0", "too short", "shorter than 32 bytes")]
    [InlineData("Commissioning:Authentication:AuthorityAlgorithms:0", "HS256", "may not include 'HS256'")]
    [InlineData("Commissioning:Authentication:Authority", "http://login.example.test/", "uses http, but RequireHttpsMetadata is true")]
    [InlineData("Commissioning:Authentication:Audience", "", "Audience is required")]
    public async Task Unsafe_settings_stop_the_host_with_the_reason(string setting, string value, string reason)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Commissioning:Authentication:Issuer"] = "https://localhost/dev",
            ["Commissioning:Authentication:DevelopmentSigningKeys:0"] = Key,
            [setting] = value,
        };
        if (setting.EndsWith("AuthorityAlgorithms:0", StringComparison.Ordinal))
            settings["Commissioning:Authentication:Authority"] = "https://login.example.test/";

        Assert.Contains(reason, (await StartFailsAsync(Environments.Development, settings)).Message);
    }

    /// <summary>
    /// Builds and starts the real host (in memory) and expects the start to fail validation. Built directly rather
    /// than through WebApplicationFactory, whose deferred host races the failing Program on a refused start.
    /// </summary>
    private static async Task<OptionsValidationException> StartFailsAsync(string environment, Dictionary<string, string?> settings)
    {
        using var database = new TestDatabase();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["ConnectionStrings:Commissioning"] = database.ConnectionString,
            ["Commissioning:DemoData:Enabled"] = "false",
        });
        builder.AddCommissioningServices();
        await using var app = builder.Build();
        app.MapCommissioningEndpoints();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
