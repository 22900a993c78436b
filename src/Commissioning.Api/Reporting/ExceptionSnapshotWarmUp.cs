using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Reporting;

/// <summary>
/// Loads every provider's exception snapshot and computes today's report in the background once the database is
/// migrated (<see cref="ExceptionSnapshotCache.WarmUpAsync"/>), when <c>Commissioning:Reporting:WarmUp</c> is on (the
/// default) and the cache is. The host answers requests meanwhile; an exceptions request that arrives before the
/// load ends waits for it instead of starting its own. A failure is logged and leaves the first request to load.
/// </summary>
internal sealed partial class ExceptionSnapshotWarmUp(
    ExceptionSnapshotCache cache,
    IOptions<CommissioningReportingCacheOptions> options,
    ILogger<ExceptionSnapshotWarmUp> logger) : BackgroundService
{
    private volatile bool _failed;

    /// <summary>Whether the host warms the report up at all (the option, with the cache on).</summary>
    public bool Enabled => options.Value.WarmUp && options.Value.ExceptionSnapshotLifetime > TimeSpan.Zero;

    /// <summary>Whether the warm-up has ended, loaded or not (false until it has started and ended, and when it is not enabled).</summary>
    public bool Ended => Enabled && ExecuteTask is { IsCompleted: true };

    /// <summary>Whether the warm-up ended without loading; the first exception request then loads.</summary>
    public bool Failed => _failed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        // Hosted services start in turn: the database initializer has migrated (and seeded) before this runs.
        await Task.Yield();
        try
        {
            await cache.WarmUpAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _failed = true;
        }
        catch (Exception exception)
        {
            _failed = true;
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the exception report failed; the first request will load the records")]
    private partial void LogFailed(Exception exception);
}

/// <summary>
/// "exceptionReport" in /health: Degraded (still HTTP 200) while the host loads every provider's records for the exception
/// report (<see cref="ExceptionSnapshotWarmUp"/>), since until then an exception request waits for the load, up to a minute
/// at 5,000 providers; Healthy once it has loaded or when it is off. A load balancer can hold an instance out of rotation
/// until this is Healthy, and the bench waits for it before measuring (bench/README.md).
/// </summary>
internal sealed class ExceptionReportHealthCheck(ExceptionSnapshotWarmUp warmUp) : IHealthCheck
{
    public const string Name = "exceptionReport";

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!warmUp.Enabled
            ? HealthCheckResult.Healthy("Not warmed up at start: the first exception request loads the records.")
            : !warmUp.Ended
                ? HealthCheckResult.Degraded("Loading every provider's records for the exception report; exception requests wait for it.")
                : warmUp.Failed
                    ? HealthCheckResult.Degraded("Warming up the exception report failed; the first exception request loads the records.")
                    : HealthCheckResult.Healthy("The exception report is loaded."));
}
