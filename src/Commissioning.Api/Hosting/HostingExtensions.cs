namespace Commissioning.Api.Hosting;

/// <summary>Composes the API: each concern adds its services here and maps its endpoints below.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddCommissioningServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapCommissioningEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
