using Commissioning.Domain.ActionPlans;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// SCRUTINY_OVERDUE: the Designated Nurse has not scrutinised a submitted plan (DOR 4.17) or
/// the latest revision of a quarterly update (DOR 4.18) within
/// <see cref="Common.CommissioningOptions.ScrutinyServiceLevelWorkingDays"/> working days of
/// its submission. Arises on the first day beyond the service level
/// (<see cref="ExceptionContext.BeyondServiceLevel"/>). A plan counts while SUBMITTED on the
/// as-of date; an update until the day of its scrutiny.
/// </summary>
public sealed class ScrutinyOverdueDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.ScrutinyOverdue;

    public IEnumerable<DetectedException> Detect(ExceptionContext context)
    {
        var serviceLevel = context.Options.ScrutinyServiceLevelWorkingDays;
        foreach (var plan in context.Snapshot.ActionPlans)
        {
            if (plan.InStatusSince(ActionPlanStatus.Submitted, context.AsOf) is { } planSubmitted)
            {
                yield return DetectedException.Arising(
                    plan.ProviderId,
                    ExceptionSubjects.ActionPlan,
                    plan.Id,
                    $"{context.ProviderName(plan.ProviderId)}: {context.PlanLabel(plan)} was submitted on {ExceptionContext.Format(planSubmitted)} "
                        + $"and has not been scrutinised within {serviceLevel} working days.",
                    context.BeyondServiceLevel(planSubmitted, serviceLevel));
            }
            foreach (var update in plan.UpdatesAwaitingScrutinyOn(context.AsOf))
            {
                var submitted = ExceptionContext.DayOf(update.SubmittedAt);
                var revision = update.IsCorrection ? $" (revision {update.Revision})" : "";
                yield return DetectedException.Arising(
                    plan.ProviderId,
                    ExceptionSubjects.ProgressUpdate,
                    update.Id,
                    $"{context.ProviderName(plan.ProviderId)}: the {update.Quarter} progress update{revision} on {context.PlanLabel(plan)} "
                        + $"was submitted on {ExceptionContext.Format(submitted)} and has not been scrutinised within {serviceLevel} working days.",
                    context.BeyondServiceLevel(submitted, serviceLevel));
            }
        }
    }
}
