using System.Net;
using System.Security.Cryptography;
using System.Text;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Security;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Common;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Tests.Security;

/// <summary>Issue 5, "Checked by": expired, wrongly signed, other-audience and forged tokens are rejected, and run as nobody.</summary>
public sealed class BearerTokenValidationTests(SecurityApi fixture) : IClassFixture<SecurityApi>
{
    private readonly GraphQLApi _api = fixture.Api;

    [Fact]
    public async Task A_valid_token_signs_the_caller_in_with_the_claims_it_carries()
    {
        var providerId = Guid.NewGuid();
        var me = await _api.MeAsync(_api.TokenFor(new Actor("lead@r1a.nhs.uk", "Pat Lead", Role.Provider, providerId)));
        Assert.Equal("lead@r1a.nhs.uk", me.GetProperty("userId").GetString());
        Assert.Equal("Pat Lead", me.GetProperty("displayName").GetString());
        Assert.Equal("PROVIDER", me.GetProperty("role").GetString());
        Assert.Equal(NodeId.Encode("Provider", providerId), me.GetProperty("providerId").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_caller_is_anonymous_not_refused()
    {
        using var response = await _api.Client.PostAsync("/graphql", new StringContent("{\"query\":\"{ me { userId } }\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"me\":null", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_expired_token_is_refused() =>
        await _api.AssertRefusedAsync(_api.SignForDevelopment(TestTokens.Claims(),
            notBefore: DateTimeOffset.UtcNow.AddHours(-9), expires: DateTimeOffset.UtcNow.AddHours(-1)), "has expired");

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_still_accepted()
    {
        var token = _api.SignForDevelopment(TestTokens.Claims(), expires: DateTimeOffset.UtcNow.AddSeconds(-20));
        Assert.Equal("QUALITY_TEAM", (await _api.MeAsync(token)).GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_token_not_valid_yet_is_refused() =>
        await _api.AssertRefusedAsync(_api.SignForDevelopment(TestTokens.Claims(),
            notBefore: DateTimeOffset.UtcNow.AddHours(1), expires: DateTimeOffset.UtcNow.AddHours(2)), "not valid yet");

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var otherKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        await _api.AssertRefusedAsync(_api.SignForDevelopment(TestTokens.Claims(), key: otherKey), "signature does not verify");
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused() =>
        await _api.AssertRefusedAsync(_api.SignForDevelopment(TestTokens.Claims(), audience: "another-api"), "another audience");

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await _api.AssertRefusedAsync(_api.SignForDevelopment(TestTokens.Claims(), issuer: "https://elsewhere.example"), "issuer this API does not trust");

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused()
    {
        var options = _api.Options();
        await _api.AssertRefusedAsync(TestTokens.Unsigned(TestTokens.Claims(), options.Issuer!, options.Audience), "signature does not verify");
    }

    [Fact]
    public async Task A_token_signed_with_an_algorithm_outside_the_list_is_refused()
    {
        // HS512 with the right secret: a valid signature, but only HS256 is accepted for development tokens,
        // so no key is allowed to verify it.
        var options = _api.Options();
        var token = TestTokens.Sign(new SigningCredentials(_api.DevelopmentKey(), SecurityAlgorithms.HmacSha512),
            options.Issuer, options.Audience, TestTokens.Claims());
        await _api.AssertRefusedAsync(token, "signature does not verify");
    }

    [Fact]
    public async Task A_forged_provider_id_breaks_the_signature()
    {
        var mine = Guid.NewGuid();
        var token = _api.TokenFor(new Actor("lead", "Lead", Role.Provider, mine));
        var forged = TestTokens.WithPayload(token, payload => payload["provider_id"] = Guid.NewGuid().ToString());
        await _api.AssertRefusedAsync(forged, "signature does not verify");
        // The untouched token still works: the refusal is about the edit, nothing else.
        Assert.Equal(NodeId.Encode("Provider", mine), (await _api.MeAsync(token)).GetProperty("providerId").GetString());
    }

    [Fact]
    public async Task A_role_raised_by_editing_the_payload_is_refused() =>
        await _api.AssertRefusedAsync(TestTokens.WithPayload(_api.TokenFor(new Actor("dash", "Dash", Role.Dashboard)),
            payload => payload["role"] = "DIRECTOR"), "signature does not verify");

    [Theory]
    [InlineData("PROVIDER", false, "provider_id exactly when the role is PROVIDER")]
    [InlineData("DIRECTOR", true, "provider_id exactly when the role is PROVIDER")]
    [InlineData("SUPERUSER", false, "a known role")]
    public async Task A_correctly_signed_token_that_describes_none_of_our_users_is_refused(string role, bool withProvider, string because) =>
        await _api.AssertRefusedAsync(_api.SignForDevelopment(TestTokens.Claims(role, withProvider ? Guid.NewGuid() : null)), because);

    [Fact]
    public async Task A_token_without_a_subject_is_refused()
    {
        var claims = TestTokens.Claims();
        claims.Remove("sub");
        await _api.AssertRefusedAsync(_api.SignForDevelopment(claims), "needs sub");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task A_malformed_token_is_refused(string token) =>
        await _api.AssertRefusedAsync(token, "malformed");

    [Fact]
    public async Task A_bad_token_on_a_GET_query_is_refused_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { userId } }"));
        request.Headers.Authorization = new("Bearer", "not-a-jwt");
        using var response = await _api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
