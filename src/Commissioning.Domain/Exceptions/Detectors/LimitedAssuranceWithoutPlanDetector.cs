using Commissioning.Domain.ActionPlans;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// LIMITED_ASSURANCE_WITHOUT_PLAN: an audit of a live contract reported LIMITED or NONE
/// assurance and no action plan answers its gaps: none is linked to the audit, and no plan in
/// the snapshot was raised from it (source AUDIT_FINDING). Gaps need an action plan at once
/// (DOR 4.1 part 3), so it arises the day the audit was reported.
/// </summary>
public sealed class LimitedAssuranceWithoutPlanDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.LimitedAssuranceWithoutPlan;

    // Any provider's plan may name the audit it answers.
    public bool ReadsAcrossProviders => true;

    public IEnumerable<DetectedException> Detect(ExceptionContext context)
    {
        var raisedFromAudits = context.Snapshot.ActionPlans
            .Where(p => p.SourceRecordKind == SourceRecordKind.Audit)
            .Select(p => p.SourceRecordId)
            .ToHashSet();
        return
            from live in context.LiveSchedules()
            where live.Schedule.AuditSchedule is not null
            from audit in live.Schedule.AuditSchedule!.Audits
            where audit.NeedsActionPlan && !raisedFromAudits.Contains(audit.Id) && audit.ReportedOn is not null
            select DetectedException.Arising(
                live.Schedule.ProviderId,
                ExceptionSubjects.Audit,
                audit.Id,
                $"{context.ProviderName(live.Schedule.ProviderId)}: the audit \"{audit.Topic}\" reported {ExceptionContext.Words(audit.AssuranceLevel!.Value)} assurance "
                    + $"on {ExceptionContext.Format(audit.ReportedOn!.Value)} and no action plan addresses its findings.",
                audit.ReportedOn!.Value);
    }
}
