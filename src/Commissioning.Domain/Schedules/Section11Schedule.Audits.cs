using Commissioning.Domain.Common;

namespace Commissioning.Domain.Schedules;

/// <summary>Part 2 of the schedule: establishing the audit schedule and moving audits through their lifecycle.</summary>
public sealed partial class Section11Schedule
{
    /// <summary>The commissioner sets the period the provider plans audits for (DOR 4.1: "the forthcoming 12 months").</summary>
    public Result EstablishAuditSchedule(DateOnly periodStart, CommissioningOptions options, Actor actor)
    {
        var check = actor.Require("set up the audit schedule", Role.QualityTeam);
        if (check.IsFailure)
        {
            return check;
        }
        if (AuditSchedule is not null)
        {
            return new DomainError(ErrorCodes.Duplicate, "This schedule already has an audit schedule.");
        }
        AuditSchedule = new AuditSchedule(DomainIds.New(), periodStart, periodStart.AddMonths(options.AuditScheduleHorizonMonths).AddDays(-1));
        Touch();
        return Result.Success();
    }

    public Result<MandatedIssue> AddMandatedIssue(Guid id, string title, string? description, Actor actor)
    {
        var schedule = RequireAuditSchedule(RequireCommissioner(actor, "set mandated audit issues"));
        if (schedule.IsFailure)
        {
            return schedule.Error;
        }
        return Changed(schedule.Value.AddMandatedIssue(id, title, description));
    }

    public Result RemoveMandatedIssue(Guid id, Actor actor)
    {
        var schedule = RequireAuditSchedule(RequireCommissioner(actor, "set mandated audit issues"));
        return schedule.IsFailure ? schedule.Error : Changed(schedule.Value.RemoveMandatedIssue(id));
    }

    public Result<Audit> PlanAudit(Guid id, string topic, Guid? mandatedIssueId, FinancialQuarter plannedQuarter, DateOnly dueDate, Actor actor)
    {
        var schedule = RequireAuditSchedule(RequireOwnProviderOrQualityTeam(actor, "plan audits"));
        if (schedule.IsFailure)
        {
            return schedule.Error;
        }
        return Changed(schedule.Value.PlanAudit(id, topic, mandatedIssueId, plannedQuarter, dueDate));
    }

    public Result StartAudit(Guid auditId, Actor actor) =>
        WithAudit(auditId, actor, "start an audit", audit =>
        {
            var check = audit.EnsureCanMoveTo(AuditStatus.InProgress);
            if (check.IsSuccess)
            {
                audit.Start();
            }
            return check;
        });

    /// <summary>Records the outcome; the report date is today, never a claimed date in the future.</summary>
    public Result ReportAudit(Guid auditId, AssuranceLevel level, string? findings, Actor actor, IClock clock) =>
        WithAudit(auditId, actor, "report an audit", audit =>
        {
            var check = audit.EnsureCanMoveTo(AuditStatus.Reported).Then(() => Audit.ValidateOutcome(level, findings));
            if (check.IsSuccess)
            {
                audit.Report(level, findings, clock.Today);
            }
            return check;
        });

    public Result CancelAudit(Guid auditId, string reason, Actor actor) =>
        WithAudit(auditId, actor, "cancel an audit", audit =>
        {
            var check = audit.EnsureCanMoveTo(AuditStatus.Cancelled).Then(() => Text.Required(reason, "reason", 1000));
            if (check.IsSuccess)
            {
                audit.Cancel(reason);
            }
            return check;
        });

    /// <summary>Links the action plan raised from an audit's findings (source AUDIT_FINDING).</summary>
    public Result LinkActionPlanToAudit(Guid auditId, Guid actionPlanId, Actor actor) =>
        WithAudit(auditId, actor, "link an action plan to an audit", audit => audit.LinkActionPlan(actionPlanId));

    private Result WithAudit(Guid auditId, Actor actor, string action, Func<Audit, Result> change)
    {
        var schedule = RequireAuditSchedule(RequireOwnProviderOrQualityTeam(actor, action));
        if (schedule.IsFailure)
        {
            return schedule.Error;
        }
        var audit = schedule.Value.FindAudit(auditId);
        if (audit is null)
        {
            return DomainError.NotFound("Audit", auditId);
        }
        return Changed(change(audit));
    }

    private Result<AuditSchedule> RequireAuditSchedule(Result permission)
    {
        if (permission.IsFailure)
        {
            return permission.Error;
        }
        return AuditSchedule is null
            ? new DomainError(ErrorCodes.InvalidStateTransition, "The audit schedule has not been set up yet.")
            : AuditSchedule;
    }

    private Result Changed(Result result)
    {
        if (result.IsSuccess)
        {
            Touch();
        }
        return result;
    }

    private Result<T> Changed<T>(Result<T> result)
    {
        if (result.IsSuccess)
        {
            Touch();
        }
        return result;
    }
}
