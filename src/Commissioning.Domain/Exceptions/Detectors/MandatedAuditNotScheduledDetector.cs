namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// MANDATED_AUDIT_NOT_SCHEDULED: an issue the commissioner mandated has no live (not
/// cancelled) audit in the 12-month audit schedule of a live contract (DOR 4.1 part 2).
/// Mandated issues carry no date of their own, so it arises the day the schedule's period
/// starts, and is reported only while the as-of date is within that period: once the period
/// is over, the next schedule is what must cover the issue.
/// </summary>
public sealed class MandatedAuditNotScheduledDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.MandatedAuditNotScheduled;

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from live in context.LiveSchedules()
        let audits = live.Schedule.AuditSchedule
        where audits is not null && context.AsOf <= audits.PeriodEnd
        from issue in audits.UncoveredMandatedIssues()
        select DetectedException.Arising(
            live.Schedule.ProviderId,
            ExceptionSubjects.MandatedIssue,
            issue.Id,
            $"{context.ProviderName(live.Schedule.ProviderId)}: the mandated issue \"{issue.Title}\" has no audit in the schedule for contract "
                + $"{live.Contract.Reference} ({ExceptionContext.Format(audits.PeriodStart)} to {ExceptionContext.Format(audits.PeriodEnd)}).",
            audits.PeriodStart);
}
