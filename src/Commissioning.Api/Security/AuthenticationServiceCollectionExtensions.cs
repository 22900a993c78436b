using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Security;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer authentication configured from <see cref="BearerAuthenticationOptions.SectionName"/>. Unsafe
    /// settings (development keys outside Development above all) stop the host at start with the reasons.
    /// </summary>
    public static IServiceCollection AddCommissioningAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BearerAuthenticationOptions>()
            .Bind(configuration.GetSection(BearerAuthenticationOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BearerAuthenticationOptions>, BearerAuthenticationOptionsValidator>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        return services;
    }

    /// <summary>Signs the caller in from the bearer token, and refuses the request (401) when the token is invalid.</summary>
    public static IApplicationBuilder UseCommissioningAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.Use(InvalidTokenResponse.RejectInvalidTokensAsync);
        return app;
    }
}
