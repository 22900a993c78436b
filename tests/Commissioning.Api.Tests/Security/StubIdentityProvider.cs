using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Tests.Security;

/// <summary>
/// An OpenID Connect provider's two documents, served to the JWT handler's back-channel without a network: the
/// discovery document at <c>{authority}/.well-known/openid-configuration</c> and the JWKS it points to, holding the
/// public half of <see cref="SigningKey"/>.
/// </summary>
internal sealed class StubIdentityProvider : HttpMessageHandler
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly List<string> _requested = [];

    public StubIdentityProvider(string authority, string keyId = "stub-key-1")
    {
        Authority = authority.TrimEnd('/');
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string Authority { get; }

    public RsaSecurityKey SigningKey { get; }

    public string MetadataPath => new Uri(Authority + "/.well-known/openid-configuration").AbsolutePath;

    public string KeysPath => new Uri(Authority + "/discovery/keys").AbsolutePath;

    public IReadOnlyList<string> Requested
    {
        get { lock (_requested) return [.. _requested]; }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        lock (_requested) _requested.Add(path);
        var publicKey = _rsa.ExportParameters(false);
        object? document =
            path == MetadataPath ? new Dictionary<string, object>
            {
                ["issuer"] = Authority,
                ["jwks_uri"] = Authority + "/discovery/keys",
                ["authorization_endpoint"] = Authority + "/authorize",
                ["token_endpoint"] = Authority + "/token",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            }
            : path == KeysPath ? new Dictionary<string, object>
            {
                ["keys"] = new[]
                {
                    new Dictionary<string, string>
                    {
                        ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = SigningKey.KeyId,
                        ["n"] = Base64UrlEncoder.Encode(publicKey.Modulus!), ["e"] = Base64UrlEncoder.Encode(publicKey.Exponent!),
                    },
                },
            }
            : null;
        var response = document is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(document), Encoding.UTF8, "application/json") };
        return Task.FromResult(response);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _rsa.Dispose();
        base.Dispose(disposing);
    }
}
