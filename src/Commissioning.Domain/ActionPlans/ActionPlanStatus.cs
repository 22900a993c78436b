namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// The plan lifecycle (DOMAIN.md "Action plan"; DOR 4.17-4.20, SM14 14.4.63):
/// DRAFT -> SUBMITTED -> REVISION_REQUESTED -> SUBMITTED ... -> ACCEPTED -> SUBMITTED_TO_LSCB
/// -> IN_PROGRESS -> COMPLETED -> CLOSED.
/// </summary>
public enum ActionPlanStatus
{
    Draft,
    Submitted,
    RevisionRequested,
    Accepted,
    SubmittedToLscb,
    InProgress,
    Completed,
    Closed,
}
