using Commissioning.Domain.Common;
using Commissioning.Domain.Meetings;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Meetings;

public class MonitoringMeetingTests
{
    private readonly FixedClock _clock = Clock();

    private MonitoringMeeting Meeting() => MonitoringMeeting.Record(QualityTeam, ProviderA, _clock.Today, "Q3 QCMM", _clock).Value;

    [Fact]
    public void The_commissioner_records_a_meeting_held_today_or_earlier()
    {
        Assert.Equal(ErrorCodes.Forbidden, MonitoringMeeting.Record(ProviderStaff, ProviderA, _clock.Today, null, _clock).Error!.Code);
        Assert.Equal(ErrorCodes.DateInFuture, MonitoringMeeting.Record(QualityTeam, ProviderA, _clock.Today.AddDays(1), null, _clock).Error!.Code);
        Assert.Equal("Q3 QCMM", Meeting().Notes);
    }

    [Fact]
    public void Reviewed_items_and_decisions_accumulate()
    {
        var meeting = Meeting();
        var plan = Guid.NewGuid();

        meeting.RecordReviewed(QualityTeam, [plan], [Guid.NewGuid()], []).AssertOk();
        meeting.RecordReviewed(QualityTeam, [plan], [], [Guid.NewGuid()]).AssertOk();
        meeting.RecordDecision(QualityTeam, "Escalate overdue training action").AssertOk();

        Assert.Equal([plan], meeting.ReviewedPlanIds);
        Assert.Single(meeting.ReviewedIndicatorIds);
        Assert.Single(meeting.ReviewedAuditIds);
        Assert.Equal(["Escalate overdue training action"], meeting.Decisions);
        Assert.Equal(3, meeting.Version);
        Assert.Equal(ErrorCodes.ValidationFailed, meeting.RecordReviewed(QualityTeam, [Guid.Empty], [], []).Error!.Code);
    }

    [Fact]
    public void A_fine_needs_an_amount_and_a_withdrawal_has_none()
    {
        var meeting = Meeting();

        Assert.Equal(ErrorCodes.ValidationFailed, meeting.RaiseSanction(QualityTeam, SanctionKind.PenaltyFine, null, "Targets missed", null, _clock).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, meeting.RaiseSanction(QualityTeam, SanctionKind.PenaltyFine, 0m, "Targets missed", null, _clock).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, meeting.RaiseSanction(Director, SanctionKind.ContractWithdrawal, 10m, "Repeated failure", null, _clock).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, meeting.RaiseSanction(Nurse, SanctionKind.PenaltyFine, 5000m, "Targets missed", null, _clock).Error!.Code);

        var fine = meeting.RaiseSanction(QualityTeam, SanctionKind.PenaltyFine, 5000m, "Training targets missed two quarters", null, _clock).Value;
        meeting.RaiseSanction(Director, SanctionKind.ContractWithdrawal, null, "Repeated failure", null, _clock).AsResult().AssertOk();

        Assert.Equal(5000m, fine.Amount);
        Assert.Equal([SanctionKind.PenaltyFine, SanctionKind.ContractWithdrawal], meeting.Sanctions.Select(s => s.Kind));
    }
}
