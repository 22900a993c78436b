using Commissioning.Domain.ActionPlans;

namespace Commissioning.Domain.Exceptions;

/// <summary>
/// A plan as it stood on a given day, read from the dates its records carry: the status
/// history, when each update was submitted and scrutinised, when each action was completed.
/// So a report computed for a past as-of date shows what was outstanding then, not what is
/// outstanding now.
/// </summary>
public static class PlanTimeline
{
    /// <summary>The status change in force at the end of <paramref name="day"/>; null if the plan did not exist yet.</summary>
    public static PlanStatusChange? StatusOn(this ActionPlan plan, DateOnly day) =>
        plan.History.LastOrDefault(h => ExceptionContext.DayOf(h.At) <= day);

    /// <summary>Past DRAFT and not CLOSED on <paramref name="day"/>: the plan is live and monitored (see <see cref="ActionPlan.IsOpen"/>).</summary>
    public static bool IsOpenOn(this ActionPlan plan, DateOnly day) =>
        plan.StatusOn(day) is { To: not (ActionPlanStatus.Draft or ActionPlanStatus.Closed) };

    /// <summary>The day the plan entered <paramref name="status"/>, if it was in it on <paramref name="day"/>.</summary>
    public static DateOnly? InStatusSince(this ActionPlan plan, ActionPlanStatus status, DateOnly day) =>
        plan.StatusOn(day) is { } change && change.To == status ? ExceptionContext.DayOf(change.At) : null;

    /// <summary>The day the plan first left DRAFT; the day it was raised when its history does not say.</summary>
    public static DateOnly LeftDraftOn(this ActionPlan plan) =>
        plan.LeftDraftAt is { } at ? ExceptionContext.DayOf(at) : plan.RaisedOn;

    /// <summary>COMPLETE by the end of <paramref name="day"/> (an imported completion without a date counts as done).</summary>
    public static bool IsCompleteOn(this PlanAction action, DateOnly day) =>
        action.IsComplete && (action.CompletedOn is not { } completed || completed <= day);

    /// <summary>An update for <paramref name="quarter"/> had been submitted by the end of <paramref name="day"/>.</summary>
    public static bool HasUpdateOn(this ActionPlan plan, FinancialQuarter quarter, DateOnly day) =>
        plan.UpdatesFor(quarter).Any(u => ExceptionContext.DayOf(u.SubmittedAt) <= day);

    /// <summary>
    /// On <paramref name="day"/>, the latest revision submitted of each quarter's update that
    /// no Designated Nurse had yet scrutinised (DOR 4.18).
    /// </summary>
    public static IEnumerable<ProgressUpdate> UpdatesAwaitingScrutinyOn(this ActionPlan plan, DateOnly day) =>
        plan.ProgressUpdates
            .Where(u => ExceptionContext.DayOf(u.SubmittedAt) <= day)
            .GroupBy(u => u.Quarter)
            .Select(g => g.MaxBy(u => u.Revision)!)
            .Where(u => !plan.ScrutiniesOf(u.Id).Any(s => s.ScrutinisedOn <= day))
            .OrderBy(u => u.SubmittedAt);
}
