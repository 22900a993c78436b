namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// One line of a quarterly update: where one action stands and why. Part of an immutable
/// <see cref="ProgressUpdate"/> revision.
/// </summary>
/// <param name="CompletedOn">Set only when <paramref name="Status"/> is COMPLETE.</param>
/// <param name="Evidence">What shows the action was done, when there is something to show.</param>
public sealed record ActionProgress(
    Guid ActionId,
    ActionStatus Status,
    string Narrative,
    DateOnly? CompletedOn = null,
    string? Evidence = null);
