using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Security;

/// <summary>
/// The JWS algorithms (RFC 7518 §3.1) a token may be signed with. Listing them closes the classic holes:
/// <c>none</c> (an unsigned token) and algorithm confusion (an RSA public key used as an HMAC secret).
/// </summary>
public static class SigningAlgorithms
{
    /// <summary>Development tokens: HMAC with SHA-256 over the configured shared secret.</summary>
    public const string Development = SecurityAlgorithms.HmacSha256;

    /// <summary>What an OpenID Connect provider's published (public) keys may sign with.</summary>
    public static readonly IReadOnlyList<string> Asymmetric =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static bool IsAsymmetric(string algorithm) => Asymmetric.Contains(algorithm, StringComparer.Ordinal);
}
