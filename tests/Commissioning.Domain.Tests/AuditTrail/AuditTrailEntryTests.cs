using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Common;

namespace Commissioning.Domain.Tests.AuditTrail;

public class AuditTrailEntryTests
{
    [Fact]
    public void Records_who_in_what_role_when_and_the_change()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 11, 3, 9, 30, 0, TimeSpan.Zero));
        var recordId = Guid.NewGuid();

        var entry = AuditTrailEntry.Record(Guid.NewGuid(), Actors.Nurse, clock, "scrutinisePlan", "ActionPlan", recordId, "{\"status\":\"SUBMITTED\"}", "{\"status\":\"ACCEPTED\"}").Value;

        Assert.Equal("dn-1", entry.ActorUserId);
        Assert.Equal(Role.DesignatedNurse, entry.ActorRole);
        Assert.Equal(clock.Now, entry.At);
        Assert.Equal(recordId, entry.RecordId);
        Assert.Contains("ACCEPTED", entry.After);
    }

    [Fact]
    public void Keeps_the_client_operation_name_when_there_is_one()
    {
        var clock = new FixedClock(2025, 11, 3);

        var named = AuditTrailEntry.Record(Guid.NewGuid(), Actors.Nurse, clock, "scrutinisePlan", "ActionPlan", Guid.NewGuid(), null, "{}", " ScrutinyScreen ").Value;
        var anonymous = AuditTrailEntry.Record(Guid.NewGuid(), Actors.Nurse, clock, "scrutinisePlan", "ActionPlan", Guid.NewGuid(), null, "{}", " ").Value;

        Assert.Equal("ScrutinyScreen", named.OperationName);
        Assert.Null(anonymous.OperationName);
    }

    [Fact]
    public void Needs_an_operation_a_record_and_some_state()
    {
        var clock = new FixedClock(2025, 11, 3);

        Assert.Equal("operation", AuditTrailEntry.Record(Guid.NewGuid(), Actors.Nurse, clock, "", "ActionPlan", Guid.NewGuid(), null, "{}").Error!.Field);
        Assert.Equal("recordId", AuditTrailEntry.Record(Guid.NewGuid(), Actors.Nurse, clock, "op", "ActionPlan", Guid.Empty, null, "{}").Error!.Field);
        Assert.Equal("after", AuditTrailEntry.Record(Guid.NewGuid(), Actors.Nurse, clock, "op", "ActionPlan", Guid.NewGuid(), null, null).Error!.Field);
    }

    [Fact]
    public void Exposes_no_way_to_change_an_entry() =>
        Assert.All(typeof(AuditTrailEntry).GetProperties(), p => Assert.False(p.SetMethod?.IsPublic ?? false));
}
