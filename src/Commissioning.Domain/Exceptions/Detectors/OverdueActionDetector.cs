using Commissioning.Domain.ActionPlans;

namespace Commissioning.Domain.Exceptions.Detectors;

/// <summary>
/// OVERDUE_ACTION: an action of a plan past DRAFT is not COMPLETE after its due date: "who
/// will do what, by when" (SM14 14.4.53). Arises the day after the due date. A draft's actions
/// are not yet copied to the CCG (DOR 4.17), so they are not monitored; a closed plan has
/// every action complete.
/// </summary>
public sealed class OverdueActionDetector : IExceptionDetector
{
    public ExceptionCode Code => ExceptionCode.OverdueAction;

    public IEnumerable<DetectedException> Detect(ExceptionContext context) =>
        from plan in context.Snapshot.ActionPlans
        where plan.IsOpen
        from action in plan.OverdueActions(context.AsOf)
        select DetectedException.Arising(
            plan.ProviderId,
            ExceptionSubjects.PlanAction,
            action.Id,
            $"{context.ProviderName(plan.ProviderId)}: action \"{action.Description}\" (owner {action.Owner}) on {context.PlanLabel(plan)} "
                + $"was due on {ExceptionContext.Format(action.DueDate)} and is {ExceptionContext.Words(action.Status)}.",
            action.DueDate.AddDays(1));
}
