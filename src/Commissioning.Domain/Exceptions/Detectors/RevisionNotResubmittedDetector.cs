using Commissioning.Domain.ActionPlans;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// REVISION_NOT_RESUBMITTED: the Designated Nurse asked for a revision (DOR 4.17, 4.20) and the
/// plan is still REVISION_REQUESTED beyond
/// <see cref="Common.CommissioningOptions.RevisionResubmissionWorkingDays"/> working days.
/// Arises on the first day beyond that service level, counted from the day of the request.
/// </summary>
public sealed class RevisionNotResubmittedDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.RevisionNotResubmitted;

    public IEnumerable<DetectedException> Detect(ExceptionContext context)
    {
        var serviceLevel = context.Options.RevisionResubmissionWorkingDays;
        return
            from plan in context.Snapshot.ActionPlans
            let since = plan.InStatusSince(ActionPlanStatus.RevisionRequested, context.AsOf)
            where since is not null
            let requested = since!.Value
            select DetectedException.Arising(
                plan.ProviderId,
                ExceptionSubjects.ActionPlan,
                plan.Id,
                $"{context.ProviderName(plan.ProviderId)}: {context.PlanLabel(plan)} was sent back for revision on {ExceptionContext.Format(requested)} "
                    + $"and has not been resubmitted within {serviceLevel} working days.",
                context.BeyondServiceLevel(requested, serviceLevel));
    }
}
