using Commissioning.Api.Data;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Progress-update revisions, scrutinies, published exception reports and audit-trail entries
/// are written once: saving an edit or a deletion of one fails and leaves the stored record as it was.
/// </summary>
public sealed class InsertOnlyTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();
    private readonly SampleAggregates _sample = new();

    public InsertOnlyTests()
    {
        using var db = _database.NewContext();
        _sample.AddTo(db);
        db.SaveChanges();
    }

    [Fact]
    public void Editing_a_progress_update_revision_is_refused()
    {
        using var db = _database.NewContext();
        var update = db.ProgressUpdates.OrderBy(u => u.Revision).First();
        db.Entry(update).Property(u => u.OverallNarrative).CurrentValue = "Rewritten history";

        var error = Assert.Throws<InsertOnlyRecordException>(() => db.SaveChanges());

        Assert.Equal(nameof(ProgressUpdate), error.RecordType);
        using var check = _database.NewContext();
        Assert.Equal("On track", check.ProgressUpdates.OrderBy(u => u.Revision).First().OverallNarrative);
    }

    [Fact]
    public void Editing_a_line_inside_a_published_report_is_refused()
    {
        using var db = _database.NewContext();
        var report = db.PublishedExceptionReports.Single(r => r.Id == _sample.Report.Id);
        db.Entry(report).Property(r => r.PublishedByName).CurrentValue = "Somebody else";

        Assert.Throws<InsertOnlyRecordException>(() => db.SaveChanges());
    }

    [Fact]
    public void Deleting_an_audit_trail_entry_is_refused()
    {
        using var db = _database.NewContext();
        db.AuditTrail.Remove(db.AuditTrail.Single(e => e.Id == _sample.AuditEntry.Id));

        var error = Assert.Throws<InsertOnlyRecordException>(() => db.SaveChanges());

        Assert.Equal(nameof(AuditTrailEntry), error.RecordType);
        using var check = _database.NewContext();
        Assert.Equal(1, check.AuditTrail.Count());
    }

    [Fact]
    public void Deleting_a_scrutiny_is_refused()
    {
        using var db = _database.NewContext();
        var scrutiny = db.Set<Scrutiny>().First();
        db.Remove(scrutiny);

        Assert.Throws<InsertOnlyRecordException>(() => db.SaveChanges());
    }

    [Fact]
    public void Adding_a_new_revision_and_new_entries_is_allowed()
    {
        using (var db = _database.NewContext())
        {
            var plan = db.ActionPlans.Single(p => p.Id == _sample.ActionPlan.Id);
            var quarter = plan.ProgressUpdates[0].Quarter;
            Assert.True(plan.SubmitProgressUpdate(_sample.Staff, quarter, [new ActionProgress(plan.Actions[1].Id, ActionStatus.InProgress, "Drafted")], "Second correction", SampleAggregates.Clock).IsSuccess);
            db.Add(AuditTrailEntry.Record(Guid.NewGuid(), _sample.Staff, SampleAggregates.Clock, "SubmitProgressUpdate", "ActionPlan", plan.Id, null, "{}").Value);
            db.SaveChanges();
        }

        using var check = _database.NewContext();
        Assert.Equal(3, check.ProgressUpdates.Count(u => u.PlanId == _sample.ActionPlan.Id));
        Assert.Equal(2, check.AuditTrail.Count());
        Assert.Equal(1, check.Set<PublishedExceptionReport>().Count());
    }

    public void Dispose() => _database.Dispose();
}
