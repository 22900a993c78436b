using Commissioning.Api.CommitteeReport;
using Commissioning.Api.Data;
using Commissioning.Api.Data.Demo;
using Commissioning.Api.Exports;
using Commissioning.Api.GraphQL;
using Commissioning.Api.Reporting;
using Commissioning.Api.Security;
using Commissioning.Api.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Commissioning.Api.Hosting;

/// <summary>Composes the API: each concern adds its services here and maps its endpoints below.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddCommissioningServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        builder.Services.AddCommissioningDomain(builder.Configuration);
        builder.Services.AddCommissioningPersistence(builder.Configuration);
        builder.Services.AddDemoData(builder.Configuration);
        builder.Services.AddCommissioningAuthentication(builder.Configuration);
        builder.Services.AddCommissioningGraphQL(builder.Configuration);
        builder.Services.AddCommissioningExports();
        builder.Services.AddCommitteeReport(builder.Configuration);
        builder.Services.AddExceptionSnapshotCache(builder.Configuration);
        return builder;
    }

    public static WebApplication MapCommissioningEndpoints(this WebApplication app)
    {
        app.UseCommissioningAuthentication();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapCommissioningWeb(GraphQLServiceCollectionExtensions.Path);
        app.MapCommissioningGraphQL();
        app.MapCommissioningExports();
        app.MapCommitteeReport();
        return app;
    }
}
