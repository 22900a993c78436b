using Commissioning.Domain.Common;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// Fills an empty database with the demo commissioner. Providers are generated and saved a
/// batch at a time and the change tracker is cleared between batches, so seeding 5,000
/// providers holds one batch in memory, not the whole history.
/// </summary>
public sealed partial class DemoDataSeeder(
    IOptions<DemoDataOptions> options,
    IOptions<CommissioningOptions> rules,
    ILogger<DemoDataSeeder> logger) : IDatabaseSeeder
{
    public async Task SeedAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        var stream = DemoDataGenerator.Stream(settings, rules.Value);
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        // Saving detects changes once per batch; detecting on every Add would make seeding quadratic.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AddRange(stream.Lscbs);
            await SaveBatchAsync(db, cancellationToken);
            var saved = 0;
            foreach (var batch in stream.Portfolios.Chunk(settings.SeedBatchSize))
            {
                foreach (var portfolio in batch)
                {
                    Add(db, portfolio);
                }
                await SaveBatchAsync(db, cancellationToken);
                saved += batch.Length;
                LogBatch(saved, settings.Providers);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Saved} of {Total} providers saved.")]
    private partial void LogBatch(int saved, int total);
}
