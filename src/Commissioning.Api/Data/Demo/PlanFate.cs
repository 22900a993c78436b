using Commissioning.Domain.ActionPlans;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// How a plan's history goes wrong, if it does. Most plans run the whole lifecycle; a few stall
/// where real ones do, which is what produces exceptions as of the as-of date.
/// </summary>
/// <param name="StopAt">The plan gets this far and no further (no scrutiny, no resubmission, ...).</param>
/// <param name="WithoutManager">Keyed in from a previous system with no accountable manager (NO_ACCOUNTABLE_MANAGER).</param>
/// <param name="OverdueAction">One action falls due early and is never completed (OVERDUE_ACTION).</param>
/// <param name="SkipLastClosedQuarter">No update for the last closed quarter (MISSING_QUARTERLY_UPDATE).</param>
/// <param name="KeepOpen">One action runs beyond the as-of date, so the plan is still open then.</param>
/// <param name="OnTime">Every action is done by its due date, so the plan can reach COMPLETED.</param>
internal sealed record PlanFate(
    ActionPlanStatus? StopAt = null,
    bool WithoutManager = false,
    bool OverdueAction = false,
    bool SkipLastClosedQuarter = false,
    bool KeepOpen = false,
    bool OnTime = false)
{
    public static readonly PlanFate Normal = new();
}
