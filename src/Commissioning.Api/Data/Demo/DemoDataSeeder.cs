using Commissioning.Api.Progress;
using Commissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// Fills an empty database with the demo commissioner. Providers are generated and saved a
/// batch at a time (one transaction each), so seeding 5,000 providers holds one batch in memory,
/// not the whole history. Rows go in through <see cref="ModelRowWriter"/> unless
/// <see cref="DemoDataOptions.BulkInsert"/> is off, when SaveChanges stores them. After every batch it reports
/// progress: to the log in the server, or to the terminal when the <c>seed</c> command registers its own
/// <see cref="IProgressReporter"/>.
/// </summary>
public sealed class DemoDataSeeder(
    IOptions<DemoDataOptions> options,
    IOptions<CommissioningOptions> rules,
    ILogger<DemoDataSeeder> logger,
    IProgressReporter? progress = null) : IDatabaseSeeder
{
    public const string Activity = "Demo data";

    private ProgressMeter Meter(DemoDataOptions settings) =>
        new(progress ?? new LoggedProgress(logger, LoggedProgress.DefaultInterval), Activity, "providers saved", settings.Providers);

    public async Task SeedAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        var stream = DemoDataGenerator.Stream(settings, rules.Value);
        if (settings.BulkInsert)
        {
            await BulkSeedAsync(db, stream, settings, cancellationToken);
            return;
        }
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        // Saving detects changes once per batch; detecting on every Add would make seeding quadratic.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AddRange(stream.Lscbs);
            await SaveBatchAsync(db, cancellationToken);
            var meter = Meter(settings);
            var saved = 0;
            foreach (var batch in stream.Portfolios.Chunk(settings.SeedBatchSize))
            {
                foreach (var portfolio in batch)
                {
                    Add(db, portfolio);
                }
                await SaveBatchAsync(db, cancellationToken);
                saved += batch.Length;
                Report(meter, saved, settings.Providers);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task BulkSeedAsync(CommissioningDbContext db, DemoDataStream stream, DemoDataOptions settings, CancellationToken cancellationToken)
    {
        using var writer = new ModelRowWriter(db);
        await writer.BeginAsync(cancellationToken);
        foreach (var lscb in stream.Lscbs)
        {
            writer.Add(lscb);
        }
        await writer.CommitAsync(cancellationToken);
        var meter = Meter(settings);
        var saved = 0;
        foreach (var batch in stream.Portfolios.Chunk(settings.SeedBatchSize))
        {
            await writer.BeginAsync(cancellationToken);
            foreach (var portfolio in batch)
            {
                foreach (var root in Roots(portfolio))
                {
                    writer.Add(root);
                }
            }
            await writer.CommitAsync(cancellationToken);
            saved += batch.Length;
            Report(meter, saved, settings.Providers, writer.RowsWritten);
        }
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>A portfolio's aggregates, principals first (a contract brings its schedule).</summary>
    private static IEnumerable<object> Roots(ProviderPortfolio portfolio) =>
    [
        portfolio.Provider, .. portfolio.Contracts, .. portfolio.IndicatorReturns, .. portfolio.Incidents,
        .. portfolio.Reviews, .. portfolio.ActionPlans, .. portfolio.Meetings,
    ];

    private static void Add(CommissioningDbContext db, ProviderPortfolio portfolio)
    {
        db.Providers.Add(portfolio.Provider);
        // A contract brings its schedule with it (the schedule is its navigation).
        db.Contracts.AddRange(portfolio.Contracts);
        db.IndicatorReturns.AddRange(portfolio.IndicatorReturns);
        db.Incidents.AddRange(portfolio.Incidents);
        db.Reviews.AddRange(portfolio.Reviews);
        db.ActionPlans.AddRange(portfolio.ActionPlans);
        db.MonitoringMeetings.AddRange(portfolio.Meetings);
    }

    private static async Task SaveBatchAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>SaveChanges does not say how many rows it wrote, so only the bulk writer's progress counts rows.</summary>
    private static void Report(ProgressMeter meter, int saved, int total, long rows = 0)
    {
        if (saved < total) meter.Report(saved, rows);
        else meter.Complete(saved, rows);
    }
}
