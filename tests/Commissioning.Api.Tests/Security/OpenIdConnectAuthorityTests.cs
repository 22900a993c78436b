using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Tests.Security;

/// <summary>
/// Production: keys come from the OpenID Connect authority's metadata and JWKS, fetched through a stub
/// back-channel (no network), and only tokens signed by those keys, for our audience and from that issuer, pass.
/// </summary>
public sealed class OpenIdConnectAuthorityTests : IDisposable
{
    private const string Authority = "https://login.example.test/commissioner";
    private const string Audience = "api://commissioning";

    private readonly RSA _authorityRsa = RSA.Create(2048);
    private readonly RsaSecurityKey _authorityKey;
    private readonly StubIdentityProvider _identityProvider;
    private readonly GraphQLApi _api;

    public OpenIdConnectAuthorityTests()
    {
        _authorityKey = new RsaSecurityKey(_authorityRsa) { KeyId = "authority-key-1" };
        _identityProvider = new StubIdentityProvider(Authority, _authorityRsa.ExportParameters(false), _authorityKey.KeyId);
        _api = GraphQLApi.Start(
            settings: new Dictionary<string, string?>
            {
                ["environment"] = "Production",
                ["Commissioning:Authentication:Authority"] = Authority,
                ["Commissioning:Authentication:Audience"] = Audience,
            },
            services: services => services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                options => options.BackchannelHttpHandler = _identityProvider));
    }

    private static string Sign(SecurityKey key, string algorithm, string issuer = Authority, string audience = Audience, Guid? providerId = null) =>
        TestTokens.Sign(new SigningCredentials(key, algorithm), issuer, audience,
            TestTokens.Claims(providerId is null ? "DIRECTOR" : "PROVIDER", providerId));

    [Fact]
    public async Task A_token_signed_by_the_authority_is_accepted_with_keys_from_its_metadata()
    {
        var providerId = Guid.NewGuid();
        var me = await _api.MeAsync(Sign(_authorityKey, SecurityAlgorithms.RsaSha256, providerId: providerId));
        Assert.Equal("PROVIDER", me.GetProperty("role").GetString());
        Assert.Equal(NodeId.Encode("Provider", providerId), me.GetProperty("providerId").GetString());
        Assert.Equal(["/commissioner/.well-known/openid-configuration", "/commissioner/discovery/keys"], _identityProvider.Requested.Distinct());
    }

    [Fact]
    public async Task A_token_signed_by_another_RSA_key_is_refused()
    {
        using var otherRsa = RSA.Create(2048);
        await _api.AssertRefusedAsync(Sign(new RsaSecurityKey(otherRsa) { KeyId = "authority-key-1" }, SecurityAlgorithms.RsaSha256), "signature does not verify");
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused_even_when_signed_by_the_authority() =>
        await _api.AssertRefusedAsync(Sign(_authorityKey, SecurityAlgorithms.RsaSha256, issuer: "https://login.example.test/other"), "issuer this API does not trust");

    [Fact]
    public async Task A_token_for_another_audience_is_refused() =>
        await _api.AssertRefusedAsync(Sign(_authorityKey, SecurityAlgorithms.RsaSha256, audience: "api://other"), "another audience");

    [Fact]
    public async Task An_HMAC_token_keyed_with_the_authority_public_key_is_refused()
    {
        // Algorithm confusion: the public key is known to everyone, so it must never serve as an HMAC secret.
        var publicKeyBytes = _authorityRsa.ExportSubjectPublicKeyInfo();
        var token = Sign(new SymmetricSecurityKey(publicKeyBytes) { KeyId = "authority-key-1" }, SecurityAlgorithms.HmacSha256);
        await _api.AssertRefusedAsync(token, "");
    }

    [Fact]
    public async Task A_development_token_is_refused_outside_Development()
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("DEVELOPMENT ONLY - not a secret - refused outside the Development environment"));
        await _api.AssertRefusedAsync(Sign(key, SecurityAlgorithms.HmacSha256), "");
    }

    public void Dispose()
    {
        _api.Dispose();
        _authorityRsa.Dispose();
    }

    /// <summary>An identity provider's two documents: the OpenID Connect discovery document and its JWKS.</summary>
    private sealed class StubIdentityProvider(string authority, RSAParameters publicKey, string keyId) : HttpMessageHandler
    {
        public List<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            lock (Requested) Requested.Add(path);
            object? document = path switch
            {
                "/commissioner/.well-known/openid-configuration" => new Dictionary<string, object>
                {
                    ["issuer"] = authority,
                    ["jwks_uri"] = authority + "/discovery/keys",
                    ["authorization_endpoint"] = authority + "/authorize",
                    ["token_endpoint"] = authority + "/token",
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                },
                "/commissioner/discovery/keys" => new Dictionary<string, object>
                {
                    ["keys"] = new[]
                    {
                        new Dictionary<string, string>
                        {
                            ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = keyId,
                            ["n"] = Base64UrlEncoder.Encode(publicKey.Modulus!), ["e"] = Base64UrlEncoder.Encode(publicKey.Exponent!),
                        },
                    },
                },
                _ => null,
            };
            var response = document is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(document), Encoding.UTF8, "application/json") };
            return Task.FromResult(response);
        }
    }
}
