using Commissioning.Domain.ActionPlans;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// OVERDUE_ACTION: an action of a plan that is open on the as-of date (past DRAFT, not
/// CLOSED) was not COMPLETE by its due date: "who will do what, by when" (SM14 14.4.53).
/// Arises the day after the due date, and clears from the day the action was completed. A
/// draft's actions are not yet copied to the CCG (DOR 4.17), so they are not monitored.
/// </summary>
public sealed class OverdueActionDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.OverdueAction;

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from plan in context.Snapshot.ActionPlans
        where plan.IsOpenOn(context.AsOf)
        from action in plan.Actions
        where action.DueDate < context.AsOf && !action.IsCompleteOn(context.AsOf)
        select DetectedException.Arising(
            plan.ProviderId,
            ExceptionSubjects.PlanAction,
            action.Id,
            $"{context.ProviderName(plan.ProviderId)}: action \"{action.Description}\" (owner {action.Owner}) on {context.PlanLabel(plan)} "
                + $"was due on {ExceptionContext.Format(action.DueDate)} and is {(action.IsComplete ? "not yet complete" : ExceptionContext.Words(action.Status))}.",
            action.DueDate.AddDays(1));
}
