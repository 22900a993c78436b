using Commissioning.Api.Data;
using Commissioning.Api.Tests.GraphQL.Reporting;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Common;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Each committing transaction logs which providers' records it changed (<see cref="DataChange"/>), so the exception
/// snapshot can read just those again: a provider's aggregate or anything hanging from it names that provider, a
/// change that is not one provider's names everything (null), a record the snapshot never reads names nothing.
/// </summary>
public sealed class ChangedProvidersTests
{
    [Fact]
    public void Each_commit_logs_the_providers_whose_records_it_changed()
    {
        using var database = TestDatabase.Migrated();
        Guid first, second, lscbId, scheduleId;
        using (var db = database.NewContext())
        {
            var lscb = ReportingSeed.AddLscb(db);
            lscbId = lscb.Id;
            var one = ReportingSeed.AddProvider(db, lscb, 1);
            first = one.Provider.Id;
            scheduleId = one.Schedule.Id;
            second = ReportingSeed.AddProvider(db, lscb, 2).Provider.Id;
            db.SaveChanges();
        }
        var staff = ReportingSeed.StaffOf(first);

        // A child of a child (a duty assessment of the contract's schedule), changed through its aggregate.
        Assert.Equal(Ids(first), Commit(database, db =>
        {
            var schedule = db.Schedules.Single(s => s.Id == scheduleId);
            Ok(schedule.SelfAssess(schedule.Assessments[0].DutyId, ComplianceRating.PartiallyMet, "Half done", staff, ReportingSeed.Clock));
        }));
        // Added to a grandchild collection, then taken out of it (deleted, no longer reachable from the aggregate).
        var issueId = Guid.NewGuid();
        Assert.Equal(Ids(first), Commit(database, db =>
            Ok(db.Schedules.Single(s => s.Id == scheduleId).AddMandatedIssue(issueId, "Allegations", null, ReportingSeed.QualityTeam))));
        Assert.Equal(Ids(first), Commit(database, db =>
            Ok(db.Schedules.Single(s => s.Id == scheduleId).RemoveMandatedIssue(issueId, ReportingSeed.QualityTeam))));
        // New aggregates of two providers in one transaction.
        Assert.Equal(Ids(first, second), Commit(database, db =>
        {
            var schedules = db.Schedules.ToList();
            db.AddRange(schedules.Select(s => ReportingSeed.SubmittedReturn(s, ReportingSeed.Q1)));
        }));
        // A review, with a provider's return in the same transaction: reviews are read again whole.
        Assert.Equal("reviews," + Ids(second), Commit(database, db =>
        {
            db.Add(Ok(Review.Open(ReportingSeed.QualityTeam, ReviewKind.ProviderImr, "SCR-9", lscbId, null, second,
                new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 31), new CommissioningOptions(), ReportingSeed.Clock)));
            db.Add(ReportingSeed.SubmittedReturn(db.Schedules.Single(s => s.ProviderId == second), ReportingSeed.Q2));
        }));
        // Not one provider's: an LSCB.
        Assert.Null(Commit(database, db => Ok(db.Lscbs.Single(l => l.Id == lscbId).Rename("Dorset Safeguarding Children Board", "Dorset", ReportingSeed.QualityTeam))));
        // Nothing the snapshot reads.
        Assert.Equal("", Commit(database, db => db.Add(Ok(AuditTrailEntry.Record(Guid.NewGuid(), ReportingSeed.QualityTeam, ReportingSeed.Clock,
            "test", "Provider", first, null, "{}")))));
    }

    /// <summary>Runs <paramref name="change"/> and saves; returns the one log entry the commit wrote.</summary>
    private static string? Commit(TestDatabase database, Action<CommissioningDbContext> change)
    {
        using var db = database.NewContext();
        var before = db.Set<DataChange>().Select(c => c.Id).ToHashSet();
        change(db);
        db.SaveChanges();
        return Assert.Single(db.Set<DataChange>().AsNoTracking().ToList(), c => !before.Contains(c.Id)).Providers;
    }

    private static string Ids(params Guid[] providers) => string.Join(',', providers.Order());

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());

    private static void Ok(Result result)
    {
        if (result.IsFailure) throw new InvalidOperationException(result.Error!.ToString());
    }
}
