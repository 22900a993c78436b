using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Two people edit the same aggregate from the same version: the first save wins, the second
/// fails with DbUpdateConcurrencyException and overwrites nothing (DOMAIN.md "Rules").
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Migrated();
    private readonly SampleAggregates _sample = new();

    public ConcurrencyTests()
    {
        using var db = _database.NewContext();
        _sample.AddTo(db);
        db.SaveChanges();
    }

    [Fact]
    public void Second_writer_of_a_stale_provider_fails_and_the_first_change_stays()
    {
        using var first = _database.NewContext();
        using var second = _database.NewContext();
        var mine = first.Providers.Single(p => p.Id == _sample.Provider.Id);
        var theirs = second.Providers.Single(p => p.Id == _sample.Provider.Id);

        Assert.True(mine.Update("Poole Hospital NHS FT", ProviderType.FoundationTrust, mine.OdsCode, _ => false, SampleAggregates.QualityTeam).IsSuccess);
        first.SaveChanges();
        Assert.True(theirs.Update("Poole General", ProviderType.NhsTrust, theirs.OdsCode, _ => false, SampleAggregates.QualityTeam).IsSuccess);

        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
        using var check = _database.NewContext();
        var stored = check.Providers.Single(p => p.Id == _sample.Provider.Id);
        Assert.Equal("Poole Hospital NHS FT", stored.Name);
        Assert.Equal(ProviderType.FoundationTrust, stored.Type);
        Assert.Equal(mine.Version, stored.Version);
    }

    [Fact]
    public void Changes_to_different_parts_of_one_aggregate_still_conflict()
    {
        using var first = _database.NewContext();
        using var second = _database.NewContext();
        var mine = first.Schedules.Single(s => s.Id == _sample.Schedule.Id);
        var theirs = second.Schedules.Single(s => s.Id == _sample.Schedule.Id);
        var dutyA = mine.Assessments.First(a => a.Rating is null).DutyId;
        var dutyB = mine.Assessments.Last(a => a.Rating is null).DutyId;

        Assert.True(mine.SelfAssess(dutyA, ComplianceRating.Met, "Policy signed off", _sample.Staff, SampleAggregates.Clock).IsSuccess);
        first.SaveChanges();
        Assert.True(theirs.SelfAssess(dutyB, ComplianceRating.NotMet, "No named nurse", _sample.Staff, SampleAggregates.Clock).IsSuccess);

        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
        using var check = _database.NewContext();
        var stored = check.Schedules.Single(s => s.Id == _sample.Schedule.Id);
        Assert.Equal(ComplianceRating.Met, stored.FindAssessment(dutyA)!.Rating);
        Assert.Null(stored.FindAssessment(dutyB)!.Rating);
    }

    [Fact]
    public void Each_save_of_a_change_advances_the_stored_version()
    {
        var before = _sample.Incident.Version;
        using (var db = _database.NewContext())
        {
            var incident = db.Incidents.Single(i => i.Id == _sample.Incident.Id);
            Assert.True(incident.Amend(_sample.Staff, incident.Type, incident.ReportedOn, "StEIS 2025/9999", incident.Summary, SampleAggregates.Clock).IsSuccess);
            db.SaveChanges();
        }

        using var check = _database.NewContext();
        Assert.Equal(before + 1, check.Incidents.Single(i => i.Id == _sample.Incident.Id).Version);
    }

    [Fact]
    public void A_change_that_bypassed_the_domain_still_advances_the_version_and_conflicts()
    {
        using var first = _database.NewContext();
        using var second = _database.NewContext();
        var mine = first.Lscbs.Single(l => l.Id == _sample.Lscb.Id);
        var theirs = second.Lscbs.Single(l => l.Id == _sample.Lscb.Id);

        first.Entry(mine).Property(l => l.Area).CurrentValue = "Dorset and Poole";
        first.SaveChanges();
        Assert.True(theirs.Rename("Dorset Board", "Dorset", SampleAggregates.QualityTeam).IsSuccess);

        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
        using var check = _database.NewContext();
        var stored = check.Lscbs.Single(l => l.Id == _sample.Lscb.Id);
        Assert.Equal(("Dorset LSCB", "Dorset and Poole", _sample.Lscb.Version + 1), (stored.Name, stored.Area, stored.Version));
    }

    [Fact]
    public void Two_providers_registered_at_once_with_the_same_ods_code_cannot_both_be_saved()
    {
        using var db = _database.NewContext();
        // Each registration checked "is the code taken?" before the other was saved.
        db.Providers.Add(Provider.Register(Guid.NewGuid(), "Twin Trust", ProviderType.NhsTrust, _sample.Provider.OdsCode, _ => false, SampleAggregates.QualityTeam).Value);

        Assert.Throws<DbUpdateException>(() => db.SaveChanges());
    }

    public void Dispose() => _database.Dispose();
}
