using Commissioning.Api.Data;
using Commissioning.Api.Data.Demo;
using Commissioning.Api.Reporting;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// The dashboard's ratings are read by hand-written statements (<see cref="ProviderComplianceLoader"/>); they must equal
/// the domain's own rating of the whole aggregates, for every provider and quarter of the demo data, on both engines
/// (ids, enums, decimals and the returns' JSON values are stored differently on each), and keep to the data scope.
/// </summary>
public sealed class ProviderComplianceLoaderTests
{
    [Fact]
    public async Task The_ratings_read_equal_the_domains_rating_of_the_whole_records_for_every_quarter()
    {
        using var database = TestDatabase.Migrated();
        var demo = new DemoDataOptions { Providers = 4, ActionPlansPerProvider = 4, SeedBatchSize = 2 };
        await database.SeedDemoAsync(demo);

        await using var read = database.NewContext();
        var providers = await read.Providers.AsNoTracking().Select(p => p.Id).ToListAsync();
        var contracts = await read.Contracts.AsNoTracking().ToListAsync();
        var schedules = await read.Schedules.AsNoTracking().ToListAsync();
        var returns = await read.IndicatorReturns.AsNoTracking().ToListAsync();
        var quarters = returns.Select(r => r.Quarter).Distinct().OrderBy(q => q).ToList();
        Assert.True(quarters.Count > 4, "the demo data should span several quarters");
        Assert.Contains(returns, r => r.IsSubmitted && r.Values.Any(v => v.Value is not null));

        var compared = 0;
        foreach (var quarter in quarters.Append(quarters[^1].Next()))
        {
            var loaded = await ProviderComplianceLoader.LoadAsync(read, providers, quarter, CancellationToken.None);
            var termless = await ProviderComplianceLoader.LoadAsync(read, providers, quarter, CancellationToken.None, indicatorTerms: false);
            Assert.Equal(providers.Order(), loaded.Keys.Order());
            foreach (var provider in providers)
            {
                var live = schedules
                    .Where(s => s.ProviderId == provider && contracts.Single(c => c.Id == s.ContractId) is { } c && c.StartDate <= quarter.End && c.EndDate >= quarter.Start)
                    .OrderBy(s => s.Id).ToList();
                var expected = ProviderComplianceLoader.Rate(live, returns.Where(r => r.ProviderId == provider), quarter);
                Assert.Equal(expected.Indicators, loaded[provider].Indicators);
                // Decimals compare equal whatever their scale; the response shows it ("95.0"), so it must be read as stored.
                Assert.Equal(expected.Indicators.Select(Shown), loaded[provider].Indicators.Select(Shown));
                Assert.Equal(expected.Duties, loaded[provider].Duties);
                // Without the indicators' terms: the same indicators in the same order, with the same values and ratings.
                Assert.Equal(expected.Indicators.Select(i => (i.ScheduleId, i.Code, i.Value, i.Rag)),
                    termless[provider].Indicators.Select(i => (i.ScheduleId, i.Code, i.Value, i.Rag)));
                Assert.Equal(expected.Duties, termless[provider].Duties);
                compared += expected.Indicators.Count(i => i.Value is not null);
            }
        }
        Assert.True(compared > 0, "some ratings should come from submitted values");
    }

    private static string Shown(IndicatorCompliance indicator) => string.Join(" ",
        indicator.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), indicator.Target.ToString(System.Globalization.CultureInfo.InvariantCulture),
        indicator.AmberTolerance.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_provider_scoped_context_reads_no_other_providers_ratings()
    {
        using var database = TestDatabase.Migrated();
        Guid mine, other;
        await using (var db = database.NewContext())
        {
            var lscb = ReportingSeed.AddLscb(db);
            var (own, ownSchedule) = ReportingSeed.AddProvider(db, lscb, 1);
            var (theirs, theirSchedule) = ReportingSeed.AddProvider(db, lscb, 2);
            db.Add(ReportingSeed.SubmittedReturn(ownSchedule, ReportingSeed.Q2));
            db.Add(ReportingSeed.SubmittedReturn(theirSchedule, ReportingSeed.Q2));
            db.SaveChanges();
            (mine, other) = (own.Id, theirs.Id);
        }

        await using var unrestricted = database.NewContext();
        var everyone = await ProviderComplianceLoader.LoadAsync(unrestricted, [mine, other], ReportingSeed.Q2, CancellationToken.None);
        Assert.NotEmpty(everyone[other].Indicators);
        Assert.NotEmpty(everyone[other].Duties);

        await using var scoped = database.NewContext(DataScope.ProviderOnly(mine));
        var seen = await ProviderComplianceLoader.LoadAsync(scoped, [mine, other], ReportingSeed.Q2, CancellationToken.None);
        Assert.Equal(everyone[mine].Indicators, seen[mine].Indicators);
        Assert.Empty(seen[other].Indicators);
        Assert.Empty(seen[other].Duties);

        await using var nobody = database.NewContext(DataScope.Nothing);
        var none = await ProviderComplianceLoader.LoadAsync(nobody, [mine, other], ReportingSeed.Q2, CancellationToken.None);
        Assert.All(none.Values, c => Assert.Empty(c.Indicators));
    }
}
