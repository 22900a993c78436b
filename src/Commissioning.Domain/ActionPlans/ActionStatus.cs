namespace Commissioning.Domain.ActionPlans;

public enum ActionStatus
{
    NotStarted,
    InProgress,
    Complete,
}
