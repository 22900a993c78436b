using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// AUDIT_OVERDUE: an audit in the schedule (DOR 4.1 part 2) of a live contract has no outcome
/// (not reported by the as-of date) after its due date. Arises the day after the due date and
/// clears the day the outcome is reported; a cancelled audit is never overdue.
/// </summary>
public sealed class AuditOverdueDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.AuditOverdue;

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from live in context.LiveSchedules()
        where live.Schedule.AuditSchedule is not null
        from audit in live.Schedule.AuditSchedule!.Audits
        where audit.Status != AuditStatus.Cancelled && audit.DueDate < context.AsOf && !(audit.ReportedOn is { } reported && reported <= context.AsOf)
        select DetectedException.Arising(
            live.Schedule.ProviderId,
            ExceptionSubjects.Audit,
            audit.Id,
            $"{context.ProviderName(live.Schedule.ProviderId)}: the {audit.PlannedQuarter} audit \"{audit.Topic}\" was due on "
                + $"{ExceptionContext.Format(audit.DueDate)} and {Standing(audit, context.AsOf)}.",
            audit.DueDate.AddDays(1));

    /// <summary>Where the audit stands; one reported after the as-of date had no outcome then.</summary>
    private static string Standing(Audit audit, DateOnly asOf) =>
        audit.Status is AuditStatus.Planned or AuditStatus.InProgress
            ? $"is still {ExceptionContext.Words(audit.Status)}"
            : $"had no outcome on {ExceptionContext.Format(asOf)}";
}
