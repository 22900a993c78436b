using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.Data;

/// <summary>Instants are stored in UTC, keep their moment in time, and sort in SQL even on SQLite.</summary>
public sealed class InstantStorageTests
{
    private static readonly Actor QualityTeam = new("qt", "Quinn Quality", Role.QualityTeam);

    [Fact]
    public void Audit_entries_sort_by_time_in_sql_whatever_offset_they_were_recorded_with()
    {
        using var database = TestDatabase.Migrated();
        // 10:00+02:00 is 08:00 UTC, so it comes before 09:00 UTC although its text sorts after.
        var later = Entry(new DateTimeOffset(2025, 11, 12, 9, 0, 0, TimeSpan.Zero));
        var earlier = Entry(new DateTimeOffset(2025, 11, 12, 10, 0, 0, TimeSpan.FromHours(2)));
        using (var db = database.NewContext())
        {
            db.AuditTrail.AddRange(later, earlier);
            db.SaveChanges();
        }

        using var check = database.NewContext();
        var since = new DateTimeOffset(2025, 11, 12, 7, 30, 0, TimeSpan.Zero);
        var ordered = check.AuditTrail.Where(e => e.At > since).OrderBy(e => e.At).Select(e => e.Id).ToList();

        Assert.Equal([earlier.Id, later.Id], ordered);
        Assert.Equal(earlier.At, check.AuditTrail.Single(e => e.Id == earlier.Id).At);
    }

    private static AuditTrailEntry Entry(DateTimeOffset at) =>
        AuditTrailEntry.Record(Guid.NewGuid(), QualityTeam, new FixedClock(at), "Create", "Provider", Guid.NewGuid(), null, "{}").Value;
}
