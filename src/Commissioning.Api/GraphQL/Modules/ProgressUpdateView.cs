using Commissioning.Domain;
using Commissioning.Domain.ActionPlans;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// What the <c>ProgressUpdate</c> type shows of one revision. A page of plans reads its revisions as these,
/// projected in SQL to the columns shown, because the revision's per-action lines are a JSON column whose
/// parsing cost most of a plan tree's time (bench/README.md); the lines load separately, only when asked for.
/// </summary>
public sealed class ProgressUpdateView(
    Guid id, Guid planId, FinancialQuarter quarter, int revision, string overallNarrative, string submittedByName, DateTimeOffset submittedAt)
{
    public Guid Id { get; } = id;

    public Guid PlanId { get; } = planId;

    public FinancialQuarter Quarter { get; } = quarter;

    public int Revision { get; } = revision;

    public bool IsCorrection => Revision > 1;

    public string OverallNarrative { get; } = overallNarrative;

    public string SubmittedByName { get; } = submittedByName;

    public DateTimeOffset SubmittedAt { get; } = submittedAt;

    /// <summary>The per-action lines when they came with the revision (a whole plan); null when they are still to load.</summary>
    public IReadOnlyList<ActionProgress>? Entries { get; private init; }

    public static ProgressUpdateView Of(ProgressUpdate update) =>
        new(update.Id, update.PlanId, update.Quarter, update.Revision, update.OverallNarrative, update.SubmittedByName, update.SubmittedAt)
        {
            Entries = update.Entries,
        };
}
