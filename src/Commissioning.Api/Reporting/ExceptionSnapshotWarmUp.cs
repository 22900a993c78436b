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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUp || options.Value.ExceptionSnapshotLifetime <= TimeSpan.Zero) return;
        // Hosted services start in turn: the database initializer has migrated (and seeded) before this runs.
        await Task.Yield();
        try
        {
            await cache.WarmUpAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the exception report failed; the first request will load the records")]
    private partial void LogFailed(Exception exception);
}
