using Commissioning.Domain.ActionPlans;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// NOT_SUBMITTED_TO_LSCB: a plan "acceptable to the CCG" (DOR 4.20) has not gone to its
/// LSCB(s) (both, out of county: DOR 4.16) within
/// <see cref="Common.CommissioningOptions.LscbSubmissionWorkingDays"/> working days of
/// acceptance. Arises on the first day beyond that service level.
/// </summary>
public sealed class NotSubmittedToLscbDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.NotSubmittedToLscb;

    public IEnumerable<DetectedException> Detect(ExceptionContext context)
    {
        var serviceLevel = context.Options.LscbSubmissionWorkingDays;
        return
            from plan in context.Snapshot.ActionPlans
            let since = plan.InStatusSince(ActionPlanStatus.Accepted, context.AsOf)
            where since is not null
            let accepted = since!.Value
            select DetectedException.Arising(
                plan.ProviderId,
                ExceptionSubjects.ActionPlan,
                plan.Id,
                $"{context.ProviderName(plan.ProviderId)}: {context.PlanLabel(plan)} was accepted on {ExceptionContext.Format(accepted)} "
                    + $"and has not been submitted to the LSCB{(plan.IsOutOfCounty ? "s" : "")} within {serviceLevel} working days.",
                context.BeyondServiceLevel(accepted, serviceLevel));
    }
}
