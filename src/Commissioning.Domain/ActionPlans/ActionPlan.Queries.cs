namespace Commissioning.Domain.ActionPlans;

/// <summary>
/// What the exception engine asks of a plan (DOMAIN.md "Exception reporting"). Each answer
/// says since when, so the engine can compare it with the configured service levels.
/// </summary>
public sealed partial class ActionPlan
{
    /// <summary>When the plan entered its current status.</summary>
    public DateTimeOffset StatusSince => _history[^1].At;

    /// <summary>When the plan first left DRAFT; null while it never has.</summary>
    public DateTimeOffset? FirstSubmittedAt => _history.Find(h => h.To == ActionPlanStatus.Submitted)?.At;

    /// <summary>
    /// When the plan first left DRAFT, whatever it moved to (imported plans may skip SUBMITTED);
    /// null while it never has. From then on it owes an accountable manager and updates.
    /// </summary>
    public DateTimeOffset? LeftDraftAt => _history.Find(h => h.From == ActionPlanStatus.Draft && h.To != ActionPlanStatus.Draft)?.At;

    /// <summary>SUBMITTED and not yet scrutinised: since when (SCRUTINY_OVERDUE).</summary>
    public DateTimeOffset? AwaitingScrutinySince => SinceIf(ActionPlanStatus.Submitted);

    /// <summary>In REVISION_REQUESTED: since when (REVISION_NOT_RESUBMITTED).</summary>
    public DateTimeOffset? RevisionRequestedSince => SinceIf(ActionPlanStatus.RevisionRequested);

    /// <summary>ACCEPTED but not yet submitted to the LSCB(s): since when (NOT_SUBMITTED_TO_LSCB).</summary>
    public DateTimeOffset? AcceptedNotSubmittedToLscbSince => SinceIf(ActionPlanStatus.Accepted);

    /// <summary>How long the plan has waited in REVISION_REQUESTED as of <paramref name="now"/>; null when it is not there.</summary>
    public TimeSpan? TimeInRevisionRequested(DateTimeOffset now) => now - RevisionRequestedSince;

    /// <summary>Past DRAFT without an accountable senior manager (NO_ACCOUNTABLE_MANAGER; possible in imported data).</summary>
    public bool LacksAccountableManager => Status != ActionPlanStatus.Draft && AccountableManager is null;

    /// <summary>Actions past their due date and not COMPLETE on <paramref name="asOf"/> (OVERDUE_ACTION).</summary>
    public IReadOnlyList<PlanAction> OverdueActions(DateOnly asOf) => _actions.Where(a => a.IsOverdueOn(asOf)).ToList();

    /// <summary>Every revision for <paramref name="quarter"/>, first to latest.</summary>
    public IReadOnlyList<ProgressUpdate> UpdatesFor(FinancialQuarter quarter) =>
        _updates.Where(u => u.Quarter == quarter).OrderBy(u => u.Revision).ToList();

    /// <summary>The revision that counts for <paramref name="quarter"/>: the latest.</summary>
    public ProgressUpdate? LatestUpdateFor(FinancialQuarter quarter) =>
        _updates.Where(u => u.Quarter == quarter).MaxBy(u => u.Revision);

    public bool HasUpdateFor(FinancialQuarter quarter) => _updates.Exists(u => u.Quarter == quarter);

    /// <summary>The latest revision of each quarter's update that no Designated Nurse has scrutinised yet.</summary>
    public IReadOnlyList<ProgressUpdate> UpdatesAwaitingScrutiny() =>
        _updates
            .GroupBy(u => u.Quarter)
            .Select(g => g.MaxBy(u => u.Revision)!)
            .Where(u => !_scrutinies.Exists(s => s.ProgressUpdateId == u.Id))
            .OrderBy(u => u.SubmittedAt)
            .ToList();

    /// <summary>The scrutinies of one update, in the order recorded.</summary>
    public IReadOnlyList<Scrutiny> ScrutiniesOf(Guid progressUpdateId) =>
        _scrutinies.Where(s => s.ProgressUpdateId == progressUpdateId).ToList();

    /// <summary>
    /// The quarters this plan owes an update for on <paramref name="asOf"/>: every quarter from
    /// the one it was raised in that has closed and whose due day (quarter end plus
    /// <paramref name="dueDaysAfterQuarterEnd"/>) has passed. Empty unless the plan is open.
    /// </summary>
    public IReadOnlyList<FinancialQuarter> QuartersMissingUpdate(DateOnly asOf, int dueDaysAfterQuarterEnd)
    {
        if (!IsOpen)
        {
            return [];
        }
        var first = FinancialQuarter.FromDate(RaisedOn);
        var current = FinancialQuarter.FromDate(asOf);
        return FinancialQuarter.Range(first, current)
            .Where(q => q.IsClosedOn(asOf) && q.DueDate(dueDaysAfterQuarterEnd) < asOf && !HasUpdateFor(q))
            .ToList();
    }

    private DateTimeOffset? SinceIf(ActionPlanStatus status) => Status == status ? StatusSince : null;
}
