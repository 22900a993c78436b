using Commissioning.Domain.ActionPlans;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// NO_ACCOUNTABLE_MANAGER: a plan past DRAFT on the as-of date has no accountable senior
/// manager (DOR 4.9). Submission refuses this, so it comes from imported data. Arises the day
/// the plan left DRAFT (the day it was raised when its history does not say).
/// </summary>
public sealed class NoAccountableManagerDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.NoAccountableManager;

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from plan in context.Snapshot.ActionPlans
        where plan.AccountableManager is null && plan.StatusOn(context.AsOf) is { To: not ActionPlanStatus.Draft }
        let leftDraft = plan.LeftDraftOn()
        select DetectedException.Arising(
            plan.ProviderId,
            ExceptionSubjects.ActionPlan,
            plan.Id,
            $"{context.ProviderName(plan.ProviderId)}: {context.PlanLabel(plan)} left draft on {ExceptionContext.Format(leftDraft)} "
                + "without an accountable senior manager (DOR 4.9).",
            leftDraft);
}
