namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// Error codes particular to action plans, progress updates and scrutiny; the general ones
/// (FORBIDDEN, INVALID_STATE_TRANSITION, NO_ACCOUNTABLE_MANAGER, ...) live in ErrorCodes.
/// </summary>
public static class PlanErrorCodes
{
    /// <summary>The plan is still in DRAFT or already CLOSED, so it takes no progress updates.</summary>
    public const string PlanNotOpen = "PLAN_NOT_OPEN";

    /// <summary>The plan's content can be changed only in DRAFT or REVISION_REQUESTED.</summary>
    public const string PlanNotEditable = "PLAN_NOT_EDITABLE";

    public const string ActionNotInPlan = "ACTION_NOT_IN_PLAN";

    public const string ActionsIncomplete = "ACTIONS_INCOMPLETE";

    /// <summary>An out-of-county plan goes to both LSCBs (DOR 4.16); naming fewer is refused.</summary>
    public const string LscbSubmissionIncomplete = "LSCB_SUBMISSION_INCOMPLETE";

    public const string NoLscb = "NO_LSCB";

    public const string UpdateNotFound = "UPDATE_NOT_FOUND";

    /// <summary>Only the latest revision of a quarter's update can be scrutinised.</summary>
    public const string UpdateSuperseded = "UPDATE_SUPERSEDED";

    public const string AlreadyScrutinised = "ALREADY_SCRUTINISED";
}
