namespace Commissioning.Domain.Schedules;

/// <summary>A provider's own judgement of how well it meets one duty.</summary>
public enum ComplianceRating
{
    Met,
    PartiallyMet,
    NotMet,
    NotApplicable,
}

/// <summary>The commissioner's response to a self-assessment.</summary>
public enum ModerationOutcome
{
    Agree,
    Challenge,
}
