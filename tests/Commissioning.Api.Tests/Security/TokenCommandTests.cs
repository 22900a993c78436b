using System.Text.RegularExpressions;
using Commissioning.Api.Data.Demo;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Hosting;
using Commissioning.Api.Tests.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Commissioning.Api.Tests.Security;

/// <summary><c>token</c>: what it prints is accepted by the API configured the same way; what it refuses, it says why.</summary>
public sealed class TokenCommandTests(SecurityApi fixture) : IClassFixture<SecurityApi>
{
    private readonly GraphQLApi _api = fixture.Api;

    private (int ExitCode, string Output, string Error) Run(string arguments, string environment = "Development")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var args = new[] { "token" }.Concat(Split(arguments)).ToArray();
        var code = TokenCommand.Run(args, _api.Services.GetRequiredService<IConfiguration>(), environment, DateTimeOffset.UtcNow, output, error);
        return (code, output.ToString(), error.ToString());
    }

    // Arguments as a shell would split them, with "double quotes" grouping words.
    private static IEnumerable<string> Split(string arguments) =>
        Regex.Matches(arguments, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);

    [Fact]
    public async Task A_provider_token_is_accepted_and_names_the_provider()
    {
        var providerId = Guid.NewGuid();
        var (code, output, error) = Run($"--role PROVIDER --provider {providerId} --user lead@r1a.nhs.uk --name \"Pat Lead\"");
        Assert.True(code == 0, error);

        var me = await _api.MeAsync(output.Trim());
        Assert.Equal("lead@r1a.nhs.uk", me.GetProperty("userId").GetString());
        Assert.Equal("Pat Lead", me.GetProperty("displayName").GetString());
        Assert.Equal("PROVIDER", me.GetProperty("role").GetString());
        Assert.Equal(NodeId.Encode("Provider", providerId), me.GetProperty("providerId").GetString());
    }

    [Fact]
    public async Task The_provider_may_be_given_as_the_node_id_the_API_shows()
    {
        var providerId = Guid.NewGuid();
        var (code, output, _) = Run($"--role PROVIDER --provider {NodeId.Encode("Provider", providerId)}");
        Assert.Equal(0, code);
        Assert.Equal(NodeId.Encode("Provider", providerId), (await _api.MeAsync(output.Trim())).GetProperty("providerId").GetString());
    }

    [Fact]
    public async Task A_commissioner_token_without_a_user_gets_a_developer_user_id()
    {
        var (code, output, _) = Run("--role DESIGNATED_NURSE");
        Assert.Equal(0, code);
        var me = await _api.MeAsync(output.Trim());
        Assert.Equal("DESIGNATED_NURSE", me.GetProperty("role").GetString());
        Assert.Equal("designated.nurse.developer", me.GetProperty("userId").GetString());
    }

    [Theory]
    [InlineData("90m", 90 * 60)]
    [InlineData("2h", 2 * 3600)]
    [InlineData("1d", 24 * 3600)]
    [InlineData("00:30:00", 30 * 60)]
    public void The_lifetime_sets_the_expiry(string lifetime, int seconds)
    {
        var (code, output, _) = Run($"--role DASHBOARD --lifetime {lifetime}");
        Assert.Equal(0, code);
        var token = new JsonWebToken(output.Trim());
        Assert.Equal(TimeSpan.FromSeconds(seconds), token.ValidTo - token.ValidFrom);
    }

    [Fact]
    public void Without_a_lifetime_the_configured_one_applies()
    {
        var token = new JsonWebToken(Run("--role DASHBOARD").Output.Trim());
        Assert.Equal(_api.Options().TokenLifetime, token.ValidTo - token.ValidFrom);
    }

    [Fact]
    public async Task Demo_prints_a_working_token_for_every_role_with_the_demo_provider()
    {
        var (code, output, error) = Run("--demo");
        Assert.True(code == 0, error);
        var tokens = Regex.Matches(output, "^export TOKEN_([A-Z_]+)='([^']+)'$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["CHIEF_EXECUTIVE", "DASHBOARD", "DESIGNATED_NURSE", "DIRECTOR", "PROVIDER", "QUALITY_TEAM"], tokens.Keys.Order());
        foreach (var (role, token) in tokens)
            Assert.Equal(role, (await _api.MeAsync(token)).GetProperty("role").GetString());

        // The provider token belongs to the first provider of the demo data, which is the same on every machine.
        var demoProvider = DemoDataGenerator.Stream(new DemoDataOptions()).Portfolios.First().Provider;
        Assert.Equal(NodeId.Encode("Provider", demoProvider.Id), (await _api.MeAsync(tokens["PROVIDER"])).GetProperty("providerId").GetString());
        Assert.Contains(demoProvider.Name, output);
    }

    [Theory]
    [InlineData("", "--role is required")]
    [InlineData("--role", "--role needs a value")]
    [InlineData("--role SUPERUSER", "Unknown role 'SUPERUSER'; the roles are QUALITY_TEAM, DESIGNATED_NURSE, DIRECTOR, CHIEF_EXECUTIVE, PROVIDER, DASHBOARD")]
    [InlineData("--role quality_team", "Unknown role 'quality_team'")]
    [InlineData("--role PROVIDER", "PROVIDER needs --provider")]
    [InlineData("--role DIRECTOR --provider 2b0e6f0c-6a4e-4a8e-9d6f-0a4a1c1d2e3f", "--provider is only for the PROVIDER role")]
    [InlineData("--role PROVIDER --provider R1A", "neither a provider UUID nor a Provider node id")]
    [InlineData("--role DASHBOARD --lifetime forever", "not a positive duration")]
    [InlineData("--role DASHBOARD --lifetime -1h", "not a positive duration")]
    [InlineData("--role DASHBOARD --admin", "Unknown argument '--admin'")]
    [InlineData("--demo --role DIRECTOR", "cannot be combined with --role")]
    public void A_request_it_cannot_honour_is_refused_with_the_reason_and_the_usage(string arguments, string reason)
    {
        var (code, output, error) = Run(arguments);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(reason, error);
        Assert.Contains(TokenCommand.Usage, error);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_Development_no_token_is_minted(string environment)
    {
        var (code, output, error) = Run("--role QUALITY_TEAM", environment);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"the environment is '{environment}'", error);
    }

    [Fact]
    public void Without_a_development_key_it_says_where_the_key_belongs()
    {
        var error = new StringWriter();
        var empty = new ConfigurationBuilder().Build();
        Assert.Equal(2, TokenCommand.Run(["token", "--role", "DIRECTOR"], empty, "Development", DateTimeOffset.UtcNow, new StringWriter(), error));
        Assert.Contains("No development signing key is configured (Commissioning:Authentication:DevelopmentSigningKeys", error.ToString());
    }
}
