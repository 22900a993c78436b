using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Security;

/// <summary>The configured development secrets as signing keys, each with a key id derived from it.</summary>
public static class DevelopmentSigningKeys
{
    /// <summary>HMAC-SHA256 keys shorter than the hash are weak (RFC 7518 §3.2 requires at least 256 bits).</summary>
    public const int MinimumBytes = 32;

    public static IReadOnlyList<SymmetricSecurityKey> From(BearerAuthenticationOptions options) =>
        [.. options.DevelopmentSigningKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(ToKey)];

    private static SymmetricSecurityKey ToKey(string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(secret);
        // The kid names the key without revealing it, so a rotated-out key is reported by id, never by value.
        var kid = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        return new SymmetricSecurityKey(bytes) { KeyId = "dev-" + kid };
    }
}
