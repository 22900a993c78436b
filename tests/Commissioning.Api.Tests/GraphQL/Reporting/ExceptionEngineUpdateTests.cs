using Commissioning.Api.Data.Demo;
using Commissioning.Api.Reporting;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// <see cref="ExceptionEngine.Update"/> (what the cache runs after reading some providers' records afresh) gives
/// exactly what <see cref="ExceptionEngine.Compute"/> gives over the new records, for every provider of the demo data
/// added, removed or changed, on several as-of dates and with a quarter.
/// </summary>
public sealed class ExceptionEngineUpdateTests
{
    [Fact]
    public async Task Updating_the_lines_for_one_provider_s_records_gives_what_computing_them_all_gives()
    {
        using var database = TestDatabase.Migrated();
        var demo = new DemoDataOptions { Providers = 3, ActionPlansPerProvider = 12, SeedBatchSize = 3 };
        await database.SeedDemoAsync(demo);
        ExceptionSnapshot full;
        await using (var db = database.NewContext())
            full = await new ExceptionSnapshotLoader(db).LoadAsync(null, CancellationToken.None);

        var engine = new ExceptionEngine();
        var options = new CommissioningOptions();
        var asOf = DemoDataGenerator.Generate(demo).Options.AsOf;
        foreach (var provider in full.Providers.Select(p => p.Id))
        {
            var without = Without(full, provider);
            // Half of the provider's plans gone: its records changed, not just added or removed.
            var fewerPlans = Without(full, provider, keepEveryOtherPlan: true);
            HashSet<Guid> changed = [provider];
            foreach (var (day, quarter) in new (DateOnly, FinancialQuarter?)[] { (asOf, null), (asOf.AddDays(-120), null), (asOf, FinancialQuarter.FromDate(asOf).AddQuarters(-1)) })
            {
                foreach (var (before, after) in new[] { (without, full), (full, without), (fewerPlans, full), (full, fewerPlans) })
                {
                    var expected = engine.Compute(after, day, options, quarter);
                    var incidents = before.Incidents.Where(i => i.ProviderId == provider).Select(i => i.Id).ToHashSet();
                    var updated = engine.Update(engine.Compute(before, day, options, quarter), after, changed, incidents, day, options, quarter);
                    Assert.Equal(expected, updated);
                }
            }
            Assert.NotEqual(engine.Compute(without, asOf, options), engine.Compute(full, asOf, options));
        }
    }

    private static ExceptionSnapshot Without(ExceptionSnapshot full, Guid provider, bool keepEveryOtherPlan = false) => new()
    {
        Providers = keepEveryOtherPlan ? full.Providers : [.. full.Providers.Where(p => p.Id != provider)],
        Contracts = keepEveryOtherPlan ? full.Contracts : [.. full.Contracts.Where(c => c.ProviderId != provider)],
        IndicatorReturns = keepEveryOtherPlan ? full.IndicatorReturns : [.. full.IndicatorReturns.Where(r => r.ProviderId != provider)],
        Incidents = keepEveryOtherPlan ? full.Incidents : [.. full.Incidents.Where(i => i.ProviderId != provider)],
        Reviews = full.Reviews,
        ActionPlans = [.. full.ActionPlans.Where((p, i) => p.ProviderId != provider || (keepEveryOtherPlan && i % 2 == 0))],
    };
}
