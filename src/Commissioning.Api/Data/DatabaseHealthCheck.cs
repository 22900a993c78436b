using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commissioning.Api.Data;

/// <summary>
/// Healthy when the database answers a query against the schema, so an unreachable server, a
/// missing SQLite file or an unmigrated database all report unhealthy (HTTP 503 at /health).
/// </summary>
internal sealed class DatabaseHealthCheck(CommissioningDbContext db) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Lscbs.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answered.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The description reaches anonymous callers, so it names no path or server; the
            // exception goes to the health-check log.
            return HealthCheckResult.Unhealthy("The database could not be queried.", exception);
        }
    }
}
