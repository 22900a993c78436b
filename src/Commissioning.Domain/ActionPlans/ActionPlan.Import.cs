using Commissioning.Domain.Common;

namespace Commissioning.Domain.ActionPlans;

/// <summary>Bringing in plans that a previous system already holds as submitted.</summary>
public sealed partial class ActionPlan
{
    /// <summary>
    /// DRAFT -> SUBMITTED for a plan keyed in from a previous system's records, by the quality
    /// team. Such records may lack the accountable senior manager DOR 4.9 requires; the plan is
    /// taken as it stands so that the exception report shows the gap (NO_ACCOUNTABLE_MANAGER)
    /// instead of the import refusing the record and the gap disappearing from view.
    /// </summary>
    public Result SubmitImported(Actor actor, IClock clock)
    {
        var allowed = actor.Require("import a submitted action plan", Role.QualityTeam);
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Status != ActionPlanStatus.Draft)
        {
            return Refuse(ActionPlanStatus.Submitted);
        }
        if (_actions.Count == 0)
        {
            return new DomainError(ErrorCodes.NoActions, "Add at least one action before submitting the plan.", "actions");
        }
        MoveTo(ActionPlanStatus.Submitted, actor, clock);
        return Result.Success();
    }
}
