using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commissioning.Api.GraphQL;
using Commissioning.Api.Security;
using Commissioning.Api.Tests.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Tests.Security;

/// <summary>Tokens built claim by claim, good and bad, and the requests that carry them.</summary>
internal static class TestTokens
{
    public const string Me = "{ me { userId displayName role providerId } }";

    public static BearerAuthenticationOptions Options(this GraphQLApi api) =>
        api.Services.GetRequiredService<IOptions<BearerAuthenticationOptions>>().Value;

    public static SecurityKey DevelopmentKey(this GraphQLApi api) => DevelopmentSigningKeys.From(api.Options())[0];

    /// <summary>Claims of a valid commissioner; tests change what they are about.</summary>
    public static Dictionary<string, object> Claims(string role = "QUALITY_TEAM", Guid? providerId = null)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [CallerClaims.UserId] = "tester", [CallerClaims.Name] = "Terry Tester", [CallerClaims.Role] = role,
        };
        if (providerId is { } id) claims[CallerClaims.ProviderId] = id.ToString();
        return claims;
    }

    /// <summary>A signed token: defaults are what the API accepts, each argument a way to get it wrong.</summary>
    public static string Sign(
        SigningCredentials credentials, string? issuer, string? audience, Dictionary<string, object> claims,
        DateTimeOffset? notBefore = null, DateTimeOffset? expires = null)
    {
        var now = DateTimeOffset.UtcNow;
        var from = notBefore ?? now.AddMinutes(-5);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = from.UtcDateTime,
            NotBefore = from.UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    public static string SignForDevelopment(this GraphQLApi api, Dictionary<string, object> claims,
        DateTimeOffset? notBefore = null, DateTimeOffset? expires = null, string? issuer = null, string? audience = null, SecurityKey? key = null)
    {
        var options = api.Options();
        return Sign(new SigningCredentials(key ?? api.DevelopmentKey(), SecurityAlgorithms.HmacSha256),
            issuer ?? options.Issuer, audience ?? options.Audience, claims, notBefore, expires);
    }

    /// <summary>The token's payload rewritten, its header and signature kept: what someone editing a token by hand gets.</summary>
    public static string WithPayload(string token, Action<JsonObject> edit)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        edit(payload);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    /// <summary>An unsigned token (RFC 7519 §6): alg "none" and an empty signature.</summary>
    public static string Unsigned(Dictionary<string, object> claims, string issuer, string audience)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new Dictionary<string, object>(claims) { ["iss"] = issuer, ["aud"] = audience, ["nbf"] = now - 60, ["iat"] = now - 60, ["exp"] = now + 3600 };
        return $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload))}.";
    }

    public static async Task<HttpResponseMessage> PostWithTokenAsync(this GraphQLApi api, string token, string query = Me)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLServiceCollectionExtensions.Path)
        {
            Content = JsonContent.Create(new { query }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await api.Client.SendAsync(request);
    }

    public static async Task<JsonElement> MeAsync(this GraphQLApi api, string token)
    {
        using var response = await api.PostWithTokenAsync(token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("me").Clone();
    }

    /// <summary>
    /// The request ran as nobody and was answered 401, with a bearer challenge naming the error (RFC 6750 §3) and a
    /// GraphQL-shaped body whose message says why.
    /// </summary>
    public static async Task AssertRefusedAsync(this GraphQLApi api, string token, string because)
    {
        using var response = await api.PostWithTokenAsync(token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("data", out _), body);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(InvalidTokenResponse.Code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(because, error.GetProperty("message").GetString());
    }
}
