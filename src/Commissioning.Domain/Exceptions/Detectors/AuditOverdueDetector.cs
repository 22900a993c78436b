namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// AUDIT_OVERDUE: an audit in the schedule (DOR 4.1 part 2) of a live contract is PLANNED or
/// IN_PROGRESS after its due date, so it has no outcome. Arises the day after the due date; a
/// cancelled audit is never overdue.
/// </summary>
public sealed class AuditOverdueDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.AuditOverdue;

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from live in context.LiveSchedules()
        where live.Schedule.AuditSchedule is not null
        from audit in live.Schedule.AuditSchedule!.Audits
        where audit.IsOverdueOn(context.AsOf)
        select DetectedException.Arising(
            live.Schedule.ProviderId,
            ExceptionSubjects.Audit,
            audit.Id,
            $"{context.ProviderName(live.Schedule.ProviderId)}: the {audit.PlannedQuarter} audit \"{audit.Topic}\" was due on "
                + $"{ExceptionContext.Format(audit.DueDate)} and is still {ExceptionContext.Words(audit.Status)} with no outcome.",
            audit.DueDate.AddDays(1));
}
