using Commissioning.Domain.Common;
using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Tests.Schedules;

public class AuditScheduleTests
{
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("2025/26-Q2");
    private readonly FixedClock _clock = new(2025, 9, 20);

    [Fact]
    public void Covers_the_configured_horizon()
    {
        var (_, schedule) = Fixtures.ScheduleWithAudits(new CommissioningOptions { AuditScheduleHorizonMonths = 6 });

        Assert.Equal(new DateOnly(2025, 9, 30), schedule.AuditSchedule!.PeriodEnd);
        Assert.Equal(ErrorCodes.Duplicate, schedule.EstablishAuditSchedule(new DateOnly(2026, 4, 1), new CommissioningOptions(), Actors.QualityTeam).Error!.Code);
    }

    [Fact]
    public void Audits_need_an_established_schedule()
    {
        var (provider, schedule) = Fixtures.Schedule();

        var result = schedule.PlanAudit(Guid.NewGuid(), "Record keeping", null, Q2, Q2.End, Actors.StaffOf(provider.Id));

        Assert.Equal(ErrorCodes.InvalidStateTransition, result.Error!.Code);
    }

    [Fact]
    public void Mandated_issues_are_uncovered_until_a_live_audit_covers_them()
    {
        var (provider, schedule) = Fixtures.ScheduleWithAudits();
        var staff = Actors.StaffOf(provider.Id);
        var issue = schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", null, Actors.QualityTeam).Value;
        Assert.Equal([issue], schedule.AuditSchedule!.UncoveredMandatedIssues());

        var audit = schedule.PlanAudit(Guid.NewGuid(), "DBS sample audit", issue.Id, Q2, Q2.End, staff).Value;
        Assert.Empty(schedule.AuditSchedule.UncoveredMandatedIssues());

        schedule.CancelAudit(audit.Id, "Auditor left", staff);
        Assert.Equal([issue], schedule.AuditSchedule.UncoveredMandatedIssues());
    }

    [Fact]
    public void Mandated_issues_are_set_by_the_commissioner_once_each()
    {
        var (provider, schedule) = Fixtures.ScheduleWithAudits();
        var issue = schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", null, Actors.QualityTeam).Value;

        Assert.Equal(ErrorCodes.Duplicate, schedule.AddMandatedIssue(Guid.NewGuid(), "safer recruitment", null, Actors.QualityTeam).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, schedule.AddMandatedIssue(Guid.NewGuid(), "Other", null, Actors.StaffOf(provider.Id)).Error!.Code);

        schedule.PlanAudit(Guid.NewGuid(), "DBS", issue.Id, Q2, Q2.End, Actors.QualityTeam);
        Assert.Equal(ErrorCodes.InvalidStateTransition, schedule.RemoveMandatedIssue(issue.Id, Actors.QualityTeam).Error!.Code);
    }

    [Fact]
    public void Planned_quarter_must_fall_in_the_period_and_the_due_date_not_before_it()
    {
        var (provider, schedule) = Fixtures.ScheduleWithAudits();
        var staff = Actors.StaffOf(provider.Id);

        Assert.Equal("plannedQuarter", schedule.PlanAudit(Guid.NewGuid(), "T", null, FinancialQuarter.Parse("2026/27-Q1"), new DateOnly(2026, 6, 30), staff).Error!.Field);
        Assert.Equal("dueDate", schedule.PlanAudit(Guid.NewGuid(), "T", null, Q2, Q2.Start.AddDays(-1), staff).Error!.Field);
        Assert.Equal(ErrorCodes.UnknownMandatedIssue, schedule.PlanAudit(Guid.NewGuid(), "T", Guid.NewGuid(), Q2, Q2.End, staff).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, schedule.PlanAudit(Guid.NewGuid(), "T", null, Q2, Q2.End, Actors.StaffOf(Guid.NewGuid())).Error!.Code);
    }

    [Fact]
    public void Moves_planned_to_in_progress_to_reported_with_an_outcome()
    {
        var (provider, schedule) = Fixtures.ScheduleWithAudits();
        var staff = Actors.StaffOf(provider.Id);
        var audit = schedule.PlanAudit(Guid.NewGuid(), "Supervision records", null, Q2, Q2.End, staff).Value;

        Assert.Equal(ErrorCodes.InvalidStateTransition, schedule.ReportAudit(audit.Id, AssuranceLevel.Full, null, staff, _clock).Error!.Code);
        Assert.True(schedule.StartAudit(audit.Id, staff).IsSuccess);
        Assert.True(schedule.ReportAudit(audit.Id, AssuranceLevel.Full, null, staff, _clock).IsSuccess);

        Assert.Equal(AuditStatus.Reported, audit.Status);
        Assert.Equal(new DateOnly(2025, 9, 20), audit.ReportedOn);
        Assert.Equal(ErrorCodes.InvalidStateTransition, schedule.CancelAudit(audit.Id, "Too late", staff).Error!.Code);
    }

    [Fact]
    public void Less_than_full_assurance_needs_findings_and_then_an_action_plan()
    {
        var (provider, schedule) = Fixtures.ScheduleWithAudits();
        var staff = Actors.StaffOf(provider.Id);
        var audit = schedule.PlanAudit(Guid.NewGuid(), "Supervision records", null, Q2, Q2.End, staff).Value;
        schedule.StartAudit(audit.Id, staff);

        Assert.Equal("findings", schedule.ReportAudit(audit.Id, AssuranceLevel.Limited, " ", staff, _clock).Error!.Field);
        schedule.ReportAudit(audit.Id, AssuranceLevel.Limited, "A third of cases lacked supervision notes", staff, _clock);
        Assert.True(audit.NeedsActionPlan);

        var plan = Guid.NewGuid();
        Assert.True(schedule.LinkActionPlanToAudit(audit.Id, plan, staff).IsSuccess);
        Assert.False(audit.NeedsActionPlan);
        Assert.Equal(ErrorCodes.Duplicate, schedule.LinkActionPlanToAudit(audit.Id, Guid.NewGuid(), staff).Error!.Code);
    }

    [Fact]
    public void An_unreported_audit_cannot_carry_an_action_plan()
    {
        var (provider, schedule) = Fixtures.ScheduleWithAudits();
        var audit = schedule.PlanAudit(Guid.NewGuid(), "T", null, Q2, Q2.End, Actors.QualityTeam).Value;

        Assert.Equal(ErrorCodes.InvalidStateTransition, schedule.LinkActionPlanToAudit(audit.Id, Guid.NewGuid(), Actors.StaffOf(provider.Id)).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, schedule.StartAudit(Guid.NewGuid(), Actors.QualityTeam).Error!.Code);
    }

    [Fact]
    public void Overdue_means_past_due_without_an_outcome()
    {
        var (provider, schedule) = Fixtures.ScheduleWithAudits();
        var staff = Actors.StaffOf(provider.Id);
        var audit = schedule.PlanAudit(Guid.NewGuid(), "T", null, Q2, Q2.End, staff).Value;

        Assert.False(audit.IsOverdueOn(Q2.End));
        Assert.True(audit.IsOverdueOn(Q2.End.AddDays(1)));

        schedule.CancelAudit(audit.Id, "Merged into another audit", staff);
        Assert.False(audit.IsOverdueOn(Q2.End.AddDays(1)));
        Assert.Equal("Merged into another audit", audit.CancellationReason);
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        var (_, schedule) = Fixtures.ScheduleWithAudits();
        var audit = schedule.PlanAudit(Guid.NewGuid(), "T", null, Q2, Q2.End, Actors.QualityTeam).Value;

        Assert.Equal("reason", schedule.CancelAudit(audit.Id, "", Actors.QualityTeam).Error!.Field);
        Assert.Equal(AuditStatus.Planned, audit.Status);
    }

    [Fact]
    public void Part_three_needs_both_plans_and_updates_copied()
    {
        var (_, schedule) = Fixtures.ScheduleWithAudits();
        schedule.AddDefaultIndicators(new CommissioningOptions(), Actors.QualityTeam);

        schedule.SetActionPlanCopying(true, false, "Deputy Director of Quality", Actors.QualityTeam, _clock);
        Assert.Equal([SchedulePart.ActionPlanCopying], schedule.MissingParts);

        schedule.SetActionPlanCopying(true, true, "Deputy Director of Quality", Actors.QualityTeam, _clock);
        Assert.True(schedule.IsComplete);
        Assert.Equal("recipient", schedule.SetActionPlanCopying(true, true, "", Actors.QualityTeam, _clock).Error!.Field);
    }
}
