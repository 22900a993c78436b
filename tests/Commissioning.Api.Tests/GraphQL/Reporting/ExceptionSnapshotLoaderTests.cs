using Commissioning.Api.Reporting;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain.Common;
using Commissioning.Domain.Reviews;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

public sealed class ExceptionSnapshotLoaderTests
{
    [Fact]
    public async Task One_providers_snapshot_holds_its_records_and_every_review_on_its_cases()
    {
        using var database = TestDatabase.Migrated();
        Guid mine, other, lscbId;
        using (var db = database.NewContext())
        {
            var lscb = ReportingSeed.AddLscb(db);
            lscbId = lscb.Id;
            mine = ReportingSeed.AddProvider(db, lscb, 1).Provider.Id;
            other = ReportingSeed.AddProvider(db, lscb, 2).Provider.Id;
            db.AddRange(
                Open(ReviewKind.ProviderImr, "SCR-1", lscbId, mine),
                // The CCG's Health Overview Report on the same case belongs to no provider, yet
                // AUTHOR_CONFLICT compares its author with the provider's IMR author (DOR 4.10).
                Open(ReviewKind.HealthOverviewReport, "SCR-1", lscbId, null),
                Open(ReviewKind.HealthOverviewReport, "SCR-2", lscbId, null),
                Open(ReviewKind.ProviderImr, "SCR-3", lscbId, other));
            db.SaveChanges();
        }

        using var read = database.NewContext();
        var snapshot = await new ExceptionSnapshotLoader(read).LoadAsync(mine, CancellationToken.None);

        Assert.Equal([mine], snapshot.Providers.Select(p => p.Id));
        Assert.All(snapshot.Contracts, c => Assert.Equal(mine, c.ProviderId));
        Assert.NotNull(Assert.Single(snapshot.Contracts).Schedule);
        Assert.Equal(["SCR-1", "SCR-1"], snapshot.Reviews.Select(r => r.CaseReference));
        Assert.Empty(read.ChangeTracker.Entries());

        var everyone = await new ExceptionSnapshotLoader(read).LoadAsync(null, CancellationToken.None);
        Assert.Equal(2, everyone.Providers.Count);
        Assert.Equal(4, everyone.Reviews.Count);
    }

    private static Review Open(ReviewKind kind, string caseReference, Guid lscbId, Guid? providerId)
    {
        var result = Review.Open(ReportingSeed.QualityTeam, kind, caseReference, lscbId, null, providerId,
            new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 31), new CommissioningOptions(), ReportingSeed.Clock);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());
    }
}
