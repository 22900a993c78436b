namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// The Designated Nurse's verdict (DOR 4.17-4.18, 4.20). On a submitted plan only ACCEPTED or
/// REVISION_REQUESTED decide anything; NOTED records advice without a decision.
/// </summary>
public enum ScrutinyOutcome
{
    Accepted,
    RevisionRequested,
    Noted,
}
