namespace Commissioning.Api.Security;

/// <summary>
/// How callers prove who they are: JWT bearer tokens, bound from <see cref="SectionName"/>. In production the
/// tokens come from an OpenID Connect provider (<see cref="Authority"/>, whose metadata and JWKS supply the
/// signing keys); in Development they may be minted locally with <see cref="DevelopmentSigningKeys"/>, which
/// the host refuses in any other environment.
/// </summary>
public sealed class BearerAuthenticationOptions
{
    public const string SectionName = "Commissioning:Authentication";

    /// <summary>
    /// The <c>iss</c> tokens must carry. With an <see cref="Authority"/> it may be left empty: the issuer named in
    /// the authority's metadata is then the one accepted.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> tokens must carry: this API's name at the identity provider.</summary>
    public string Audience { get; set; } = "commissioning-api";

    /// <summary>How long a development token is valid unless the token command is told otherwise.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Tolerance for clocks that disagree, applied to <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Development only: shared secrets (UTF-8 text of at least 32 bytes) for HMAC-SHA256 tokens. The first signs
    /// the tokens the <c>token</c> command mints; all of them are accepted, so a key can be rotated.
    /// </summary>
    public List<string> DevelopmentSigningKeys { get; set; } = [];

    /// <summary>The OpenID Connect issuer URL; its <c>/.well-known/openid-configuration</c> gives issuer and keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The metadata document's URL when it is not at the authority's well-known address.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Refuse metadata over plain HTTP. Only a local test identity provider should ever turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The signature algorithms accepted from the authority's keys; <c>none</c> and the symmetric HMAC family are
    /// never accepted from it (a public key must not double as an HMAC secret). Empty means all of
    /// <see cref="SigningAlgorithms.Asymmetric"/>.
    /// </summary>
    public string[]? AuthorityAlgorithms { get; set; }

    public IReadOnlyList<string> AcceptedAuthorityAlgorithms =>
        AuthorityAlgorithms is { Length: > 0 } configured ? configured : SigningAlgorithms.Asymmetric;

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(MetadataAddress);

    public bool UsesDevelopmentKeys => DevelopmentSigningKeys.Any(k => !string.IsNullOrWhiteSpace(k));
}
