namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// NO_ACCOUNTABLE_MANAGER: a plan past DRAFT has no accountable senior manager (DOR 4.9).
/// Submission refuses this, so it comes from imported data. Arises the day the plan left
/// DRAFT (the day it was raised when its history does not say).
/// </summary>
public sealed class NoAccountableManagerDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.NoAccountableManager;

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from plan in context.Snapshot.ActionPlans
        where plan.LacksAccountableManager
        let leftDraft = plan.LeftDraftAt is { } at ? ExceptionContext.DayOf(at) : plan.RaisedOn
        select DetectedException.Arising(
            plan.ProviderId,
            ExceptionSubjects.ActionPlan,
            plan.Id,
            $"{context.ProviderName(plan.ProviderId)}: {context.PlanLabel(plan)} has been {ExceptionContext.Words(plan.Status)} since "
                + $"{ExceptionContext.Format(leftDraft)} without an accountable senior manager (DOR 4.9).",
            leftDraft);
}
