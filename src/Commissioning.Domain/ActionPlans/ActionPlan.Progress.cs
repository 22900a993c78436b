using Commissioning.Domain.Common;

namespace Commissioning.Domain.ActionPlans;

/// <summary>Quarterly progress updates and their scrutiny (DOR 4.18).</summary>
public sealed partial class ActionPlan
{
    public const int NarrativeMaxLength = 4000;

    /// <summary>
    /// Past DRAFT and not CLOSED: the plan is live and owes quarterly updates. A draft has
    /// nothing to report on yet; a closed plan has nothing left to report.
    /// </summary>
    public bool IsOpen => Status is not (ActionPlanStatus.Draft or ActionPlanStatus.Closed);

    /// <summary>
    /// Records a quarterly update and applies it: each named action takes the status reported.
    /// Submitting again for the same quarter adds a new revision (a correction); earlier
    /// revisions stay as they were.
    /// </summary>
    /// <remarks>
    /// "Submitted by that plan's provider" (DOMAIN.md): provider staff of this plan's provider,
    /// or the quality team keying in the copy the provider sent to the CCG (DOR 4.18), which
    /// <see cref="ProgressUpdate.SubmittedByRole"/> records.
    /// </remarks>
    public Result<ProgressUpdate> SubmitProgressUpdate(
        Actor actor,
        FinancialQuarter quarter,
        IReadOnlyList<ActionProgress> entries,
        string overallNarrative,
        IClock clock)
    {
        var allowed = CheckWriter(actor, ProviderId, "submit a progress update");
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        if (!IsOpen)
        {
            return new DomainError(PlanErrorCodes.PlanNotOpen, $"A plan in {Status.ToCode()} takes no progress updates; only a submitted, not yet closed plan does.");
        }
        var invalid = Inputs.FirstOf(
            ValidateQuarter(quarter, clock),
            Inputs.RequiredText(overallNarrative, "overallNarrative", NarrativeMaxLength),
            ValidateEntries(entries, clock));
        if (invalid is not null)
        {
            return invalid;
        }
        var today = clock.Today;
        var recorded = entries
            .Select(e => e with
            {
                Narrative = e.Narrative.Trim(),
                Evidence = Inputs.Clean(e.Evidence),
                // A completion reported without a date happened no later than today.
                CompletedOn = e.Status == ActionStatus.Complete ? e.CompletedOn ?? today : null,
            })
            .ToList();
        var update = new ProgressUpdate(
            DomainIds.New(),
            Id,
            quarter,
            _updates.Count(u => u.Quarter == quarter) + 1,
            recorded,
            overallNarrative.Trim(),
            actor,
            clock.Now);
        _updates.Add(update);
        foreach (var entry in recorded)
        {
            FindAction(entry.ActionId)!.SetProgress(entry.Status, entry.CompletedOn, entry.Evidence);
        }
        Touch();
        return update;
    }

    /// <summary>
    /// The Designated Nurse's scrutiny of one update (DOR 4.18). Only the latest revision of its
    /// quarter, and only once: a correction is scrutinised as a new revision.
    /// </summary>
    public Result<Scrutiny> ScrutiniseUpdate(
        Actor actor,
        Guid progressUpdateId,
        ScrutinyOutcome outcome,
        string advice,
        DateOnly scrutinisedOn,
        IClock clock)
    {
        var allowed = actor.Require("scrutinise a progress update", Role.DesignatedNurse);
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        if (_updates.Find(u => u.Id == progressUpdateId) is not { } update)
        {
            return new DomainError(PlanErrorCodes.UpdateNotFound, $"Progress update '{progressUpdateId}' is not part of this plan.", "progressUpdateId");
        }
        if (LatestUpdateFor(update.Quarter)!.Id != update.Id)
        {
            return new DomainError(PlanErrorCodes.UpdateSuperseded, $"Revision {update.Revision} for {update.Quarter} has been corrected; scrutinise the latest revision.", "progressUpdateId");
        }
        if (_scrutinies.Exists(s => s.ProgressUpdateId == update.Id))
        {
            return new DomainError(PlanErrorCodes.AlreadyScrutinised, $"Revision {update.Revision} for {update.Quarter} has already been scrutinised.", "progressUpdateId");
        }
        var invalid = Inputs.FirstOf(
            Enum.IsDefined(outcome) ? null : DomainError.Validation($"Unknown scrutiny outcome {outcome}.", "outcome"),
            Inputs.RequiredText(advice, "advice"),
            Inputs.NotInFuture(scrutinisedOn, clock, "scrutinisedOn"),
            Inputs.NotBefore(scrutinisedOn, DateOnly.FromDateTime(update.SubmittedAt.DateTime), "scrutinisedOn", "the date the update was submitted"));
        if (invalid is not null)
        {
            return invalid;
        }
        var scrutiny = new Scrutiny(DomainIds.New(), ScrutinySubject.ProgressUpdate, update.Id, outcome, advice.Trim(), scrutinisedOn, actor, clock.Now);
        _scrutinies.Add(scrutiny);
        Touch();
        return scrutiny;
    }

    /// <summary>A closed or the current quarter, not one before the plan was raised.</summary>
    private DomainError? ValidateQuarter(FinancialQuarter quarter, IClock clock)
    {
        var current = FinancialQuarter.FromDate(clock.Today);
        if (quarter > current)
        {
            return new DomainError(ErrorCodes.QuarterNotOpen, $"{quarter} has not started yet; report on {current} or an earlier quarter.", "quarter");
        }
        var first = FinancialQuarter.FromDate(RaisedOn);
        return quarter < first
            ? new DomainError(ErrorCodes.QuarterNotOpen, $"{quarter} is before the plan was raised (in {first}).", "quarter")
            : null;
    }

    private DomainError? ValidateEntries(IReadOnlyList<ActionProgress> entries, IClock clock)
    {
        var seen = new HashSet<Guid>();
        foreach (var entry in entries)
        {
            if (FindAction(entry.ActionId) is null)
            {
                return ActionNotFound(entry.ActionId);
            }
            if (!seen.Add(entry.ActionId))
            {
                return DomainError.Validation($"Action '{entry.ActionId}' is reported twice in one update.", "entries");
            }
            var invalid = Inputs.FirstOf(
                Enum.IsDefined(entry.Status) ? null : DomainError.Validation($"Unknown action status {entry.Status}.", "entries"),
                Inputs.RequiredText(entry.Narrative, "narrative", NarrativeMaxLength),
                Inputs.OptionalText(entry.Evidence, "evidence", NarrativeMaxLength),
                entry.CompletedOn is { } done && entry.Status != ActionStatus.Complete
                    ? DomainError.Validation("A completed date is given only for a COMPLETE action.", "completedOn")
                    : null,
                entry.CompletedOn is { } completed ? Inputs.NotInFuture(completed, clock, "completedOn") : null,
                entry.CompletedOn is { } completedOn ? Inputs.NotBefore(completedOn, RaisedOn, "completedOn", "the date the plan was raised") : null);
            if (invalid is not null)
            {
                return invalid;
            }
        }
        return null;
    }
}
