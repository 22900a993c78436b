using Microsoft.Extensions.Options;

namespace Commissioning.Api.Security;

/// <summary>
/// Says at start where bearer tokens are accepted from, so an operator sees at once a production host that
/// would refuse every token (no authority configured) rather than discovering it from 401s.
/// </summary>
internal sealed class AuthenticationModeReport(
    IOptions<BearerAuthenticationOptions> options, IHostEnvironment environment, ILogger<AuthenticationModeReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value;
        if (configured.UsesAuthority)
            logger.LogInformation("Bearer tokens are accepted from the OpenID Connect authority {Authority} for audience {Audience}.",
                configured.MetadataAddress is { Length: > 0 } metadata ? metadata : configured.Authority, configured.Audience);
        if (configured.UsesDevelopmentKeys && environment.IsDevelopment())
            logger.LogInformation("Bearer tokens signed with the development key are accepted (Development only); mint them with the token command.");
        if (!configured.UsesAuthority && !(configured.UsesDevelopmentKeys && environment.IsDevelopment()))
            logger.LogWarning("No OpenID Connect authority is configured ({Section}:Authority): every bearer token will be refused and callers are anonymous.",
                BearerAuthenticationOptions.SectionName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
