using Microsoft.Extensions.Options;

namespace Commissioning.Api.Security;

/// <summary>
/// Stops the host at start when authentication is configured unsafely. Above all, development signing keys
/// outside Development: a secret checked into appsettings.Development.json would let anyone mint any role.
/// </summary>
public sealed class BearerAuthenticationOptionsValidator(IHostEnvironment environment) : IValidateOptions<BearerAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BearerAuthenticationOptions options)
    {
        var errors = Check(options, environment.EnvironmentName).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IEnumerable<string> Check(BearerAuthenticationOptions options, string environmentName)
    {
        const string section = BearerAuthenticationOptions.SectionName;
        var development = string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase);
        if (options.UsesDevelopmentKeys && !development)
        {
            yield return $"{section}:DevelopmentSigningKeys is set but the environment is '{environmentName}': development signing keys " +
                $"are refused outside Development. Remove them and configure {section}:Authority (the OpenID Connect provider).";
        }
        if (options.UsesDevelopmentKeys && string.IsNullOrWhiteSpace(options.Issuer))
            yield return $"{section}:Issuer is required with development signing keys: it is the issuer the minted tokens carry.";
        foreach (var key in options.DevelopmentSigningKeys.Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            if (System.Text.Encoding.UTF8.GetByteCount(key) < DevelopmentSigningKeys.MinimumBytes)
                yield return $"{section}:DevelopmentSigningKeys holds a key shorter than {DevelopmentSigningKeys.MinimumBytes} bytes.";
        }
        if (string.IsNullOrWhiteSpace(options.Audience)) yield return $"{section}:Audience is required.";
        if (options.TokenLifetime <= TimeSpan.Zero) yield return $"{section}:TokenLifetime must be positive.";
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
            yield return $"{section}:ClockSkew must be between 00:00:00 and 00:10:00.";
        foreach (var (setting, value) in new[] { ("Authority", options.Authority), ("MetadataAddress", options.MetadataAddress) })
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                yield return $"{section}:{setting} must be an absolute http(s) URL.";
            else if (uri.Scheme == "http" && options.RequireHttpsMetadata)
                yield return $"{section}:{setting} uses http, but RequireHttpsMetadata is true: signing keys must not travel unprotected.";
        }
        if (options.UsesAuthority)
        {
            foreach (var algorithm in options.AcceptedAuthorityAlgorithms.Where(a => !SigningAlgorithms.IsAsymmetric(a)))
                yield return $"{section}:AuthorityAlgorithms may not include '{algorithm}': only asymmetric algorithms ({string.Join(", ", SigningAlgorithms.Asymmetric)}) are accepted from an authority.";
        }
    }
}
