using Commissioning.Api.GraphQL;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Commissioning.Api.Security;

/// <summary>
/// Turns <see cref="BearerAuthenticationOptions"/> into the JWT bearer handler's settings: issuer, audience,
/// lifetime and signature always validated; keys from configuration (Development only) and from the OpenID
/// Connect authority's metadata and JWKS.
/// </summary>
internal sealed class JwtBearerSetup(IOptions<BearerAuthenticationOptions> settings, IHostEnvironment environment)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme) Configure(options);
    }

    public void Configure(JwtBearerOptions options)
    {
        var configured = settings.Value;
        // Our claim names (sub, name, role, provider_id) are kept as they are in the token: the default
        // mapping would rename them to long WS-Federation URIs that nothing here reads.
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = configured.RequireHttpsMetadata;
        options.Audience = configured.Audience;
        if (!string.IsNullOrWhiteSpace(configured.Authority)) options.Authority = configured.Authority;
        if (!string.IsNullOrWhiteSpace(configured.MetadataAddress)) options.MetadataAddress = configured.MetadataAddress;

        // The validator stops a non-Development host that has development keys; this is the second lock.
        var developmentKeys = environment.IsDevelopment() ? DevelopmentSigningKeys.From(configured) : [];
        var algorithms = new List<string>();
        if (developmentKeys.Count > 0) algorithms.Add(SigningAlgorithms.Development);
        if (configured.UsesAuthority) algorithms.AddRange(configured.AcceptedAuthorityAlgorithms);

        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            // Empty with an authority: the handler adds the issuer its metadata names.
            ValidIssuer = string.IsNullOrWhiteSpace(configured.Issuer) ? null : configured.Issuer,
            ValidateAudience = true,
            ValidAudience = configured.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = configured.ClockSkew,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = developmentKeys,
            // An empty list would mean "any algorithm"; with no keys at all nothing verifies, but say so explicitly.
            ValidAlgorithms = algorithms.Count > 0 ? algorithms : [SigningAlgorithms.Development],
            NameClaimType = CallerClaims.Name,
            RoleClaimType = CallerClaims.Role,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                // A correctly signed token whose claims describe none of our users (a PROVIDER without
                // provider_id, an unknown role) is refused outright rather than treated as anonymous.
                if (CallerClaims.ToActor(context.Principal) is null) context.Fail(new UnrecognisedCallerException());
                return Task.CompletedTask;
            },
        };
    }
}

/// <summary>A valid token whose claims do not describe a user of this API.</summary>
public sealed class UnrecognisedCallerException() : SecurityTokenValidationException(
    "The token's claims do not describe a user of this API: it needs sub, a known role, and provider_id exactly when the role is PROVIDER.");
