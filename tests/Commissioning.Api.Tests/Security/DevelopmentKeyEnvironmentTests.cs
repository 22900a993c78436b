using System.Net;
using Commissioning.Api.Security;
using Commissioning.Api.Tests.Data;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Common;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Tests.Security;

/// <summary>Development signing is refused outside the Development environment (issue 5, item 1).</summary>
public sealed class DevelopmentKeyEnvironmentTests
{
    private const string Key = "a development key that is long enough to sign HS256 tokens";

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void A_host_outside_Development_with_development_keys_does_not_start(string environment)
    {
        using var database = new TestDatabase();
        using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["environment"] = environment,
            ["ConnectionStrings:Commissioning"] = database.ConnectionString,
            ["Commissioning:DemoData:Enabled"] = "false",
            ["Commissioning:Authentication:Issuer"] = "https://localhost/dev",
            ["Commissioning:Authentication:DevelopmentSigningKeys:0"] = Key,
        });

        var failure = Record.Exception(() => factory.CreateClient());

        var refused = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(failure));
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
        using var production = GraphQLApi.Start(settings: new Dictionary<string, string?> { ["environment"] = "Production" });

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
    public void Unsafe_settings_stop_the_host_with_the_reason(string setting, string value, string reason)
    {
        using var database = new TestDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Commissioning"] = database.ConnectionString,
            ["Commissioning:DemoData:Enabled"] = "false",
            [setting] = value,
        };
        if (setting.EndsWith("AuthorityAlgorithms:0", StringComparison.Ordinal))
            settings["Commissioning:Authentication:Authority"] = "https://login.example.test/";
        using var factory = new ApiFactory(settings);

        var failure = Innermost<OptionsValidationException>(Record.Exception(() => factory.CreateClient()));
        Assert.Contains(reason, failure?.Message);
    }

    private static Exception? Innermost<T>(Exception? failure) where T : Exception
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is T) return e;
            if (e is AggregateException { InnerExceptions: var inner } && inner.OfType<T>().FirstOrDefault() is { } found) return found;
        }
        return null;
    }
}
