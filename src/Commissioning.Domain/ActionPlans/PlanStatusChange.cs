using Commissioning.Domain.Common;

namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// One step of a plan's lifecycle. The exception engine reads these to know since when a plan
/// has waited for scrutiny, for resubmission or for submission to the LSCB.
/// </summary>
/// <param name="From">Null for the plan's creation in DRAFT.</param>
public sealed record PlanStatusChange(
    ActionPlanStatus? From,
    ActionPlanStatus To,
    DateTimeOffset At,
    string ByUserId,
    Role ByRole);
