using Commissioning.Api.GraphQL;
using Commissioning.Domain.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Security;

/// <summary>
/// Mints the tokens a developer (the <c>token</c> command) or a test uses to sign in as an <see cref="Actor"/>:
/// HMAC-SHA256 with the first development key, carrying exactly the claims <see cref="CallerClaims"/> reads.
/// </summary>
public static class DevelopmentTokens
{
    public static string Mint(BearerAuthenticationOptions options, Actor actor, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        var key = DevelopmentSigningKeys.From(options).FirstOrDefault()
            ?? throw new InvalidOperationException($"No development signing key is configured ({BearerAuthenticationOptions.SectionName}:DevelopmentSigningKeys).");
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [CallerClaims.UserId] = actor.UserId,
            [CallerClaims.Name] = actor.DisplayName,
            [CallerClaims.Role] = actor.Role.ToClaim(),
        };
        if (actor.ProviderId is { } providerId) claims[CallerClaims.ProviderId] = providerId.ToString();

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + (lifetime ?? options.TokenLifetime)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SigningAlgorithms.Development),
        });
    }
}
