using Commissioning.Domain.Common;

namespace Commissioning.Domain.ActionPlans;

/// <summary>The plan's state machine (DOMAIN.md "Action plan"; DOR 4.17-4.20, SM14 14.4.63).</summary>
public sealed partial class ActionPlan
{
    /// <summary>
    /// DRAFT or REVISION_REQUESTED -> SUBMITTED: the provider copies the plan to the CCG for the
    /// Designated Nurse's scrutiny (DOR 4.17). Needs an accountable manager (DOR 4.9) and at
    /// least one action.
    /// </summary>
    public Result Submit(Actor actor, IClock clock)
    {
        var allowed = CheckWriter(actor, ProviderId, "submit this plan");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Status is not (ActionPlanStatus.Draft or ActionPlanStatus.RevisionRequested))
        {
            return Refuse(ActionPlanStatus.Submitted);
        }
        if (AccountableManager is null)
        {
            return new DomainError(ErrorCodes.NoAccountableManager, "Appoint the accountable senior manager before submitting the plan (DOR 4.9).", "accountableManager");
        }
        if (_actions.Count == 0)
        {
            return new DomainError(ErrorCodes.NoActions, "Add at least one action before submitting the plan.", "actions");
        }
        MoveTo(ActionPlanStatus.Submitted, actor, clock);
        return Result.Success();
    }

    /// <summary>
    /// SUBMITTED -> SUBMITTED_TO_LSCB is refused: the content must first be "acceptable to the
    /// CCG" (DOR 4.20). ACCEPTED -> SUBMITTED_TO_LSCB needs every LSCB of the plan named, so an
    /// out-of-county plan reaches both boards (DOR 4.16).
    /// </summary>
    public Result SubmitToLscb(Actor actor, IEnumerable<Guid> lscbIds, IClock clock)
    {
        var allowed = CheckWriter(actor, ProviderId, "submit this plan to the LSCB");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Status != ActionPlanStatus.Accepted)
        {
            return Refuse(ActionPlanStatus.SubmittedToLscb);
        }
        if (_lscbIds.Count == 0)
        {
            return new DomainError(PlanErrorCodes.NoLscb, "Name the plan's LSCB before submitting it to the LSCB.", "lscbIds");
        }
        var named = lscbIds.ToHashSet();
        var unknown = named.Where(id => !_lscbIds.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            return DomainError.Validation($"LSCB '{unknown[0]}' is not one of this plan's LSCBs.", "lscbIds");
        }
        if (named.Count < _lscbIds.Count)
        {
            return new DomainError(
                PlanErrorCodes.LscbSubmissionIncomplete,
                "This plan is out of county: it must be submitted to both LSCBs together (DOR 4.16).",
                "lscbIds");
        }
        _submittedToLscbIds.Clear();
        _submittedToLscbIds.AddRange(_lscbIds);
        MoveTo(ActionPlanStatus.SubmittedToLscb, actor, clock);
        return Result.Success();
    }

    /// <summary>SUBMITTED_TO_LSCB -> IN_PROGRESS: implementation has begun.</summary>
    public Result StartImplementation(Actor actor, IClock clock)
    {
        var allowed = CheckWriter(actor, ProviderId, "start implementing this plan");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Status != ActionPlanStatus.SubmittedToLscb)
        {
            return Refuse(ActionPlanStatus.InProgress);
        }
        MoveTo(ActionPlanStatus.InProgress, actor, clock);
        return Result.Success();
    }

    /// <summary>IN_PROGRESS -> COMPLETED: the provider reports every action done.</summary>
    public Result MarkCompleted(Actor actor, IClock clock)
    {
        var allowed = CheckWriter(actor, ProviderId, "complete this plan");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Status != ActionPlanStatus.InProgress)
        {
            return Refuse(ActionPlanStatus.Completed);
        }
        if (RequireAllActionsComplete("completed") is { } incomplete)
        {
            return incomplete;
        }
        MoveTo(ActionPlanStatus.Completed, actor, clock);
        return Result.Success();
    }

    /// <summary>
    /// COMPLETED -> CLOSED by the commissioner, and only when every action is COMPLETE: plans
    /// are monitored "until all recommendations have been actioned" (SM14 14.4.63). Checked
    /// again here because an update can reopen an action after the plan was marked completed.
    /// </summary>
    public Result Close(Actor actor, IClock clock)
    {
        var allowed = actor.Require("close an action plan", Role.QualityTeam, Role.DesignatedNurse);
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (Status != ActionPlanStatus.Completed)
        {
            return Refuse(ActionPlanStatus.Closed);
        }
        if (RequireAllActionsComplete("closed") is { } incomplete)
        {
            return incomplete;
        }
        MoveTo(ActionPlanStatus.Closed, actor, clock);
        return Result.Success();
    }

    /// <summary>
    /// The Designated Nurse's scrutiny of the plan itself (DOR 4.17, 4.20). On a SUBMITTED plan
    /// it must decide: ACCEPTED or REVISION_REQUESTED, which moves the plan. Once accepted and
    /// until closed, NOTED records further advice without moving it.
    /// </summary>
    public Result<Scrutiny> ScrutinisePlan(Actor actor, ScrutinyOutcome outcome, string advice, DateOnly scrutinisedOn, IClock clock)
    {
        var allowed = actor.Require("scrutinise an action plan", Role.DesignatedNurse);
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        if (!Enum.IsDefined(outcome))
        {
            return DomainError.Validation($"Unknown scrutiny outcome {outcome}.", "outcome");
        }
        if (Status == ActionPlanStatus.Submitted)
        {
            if (outcome == ScrutinyOutcome.Noted)
            {
                return DomainError.Validation("A submitted plan needs a decision: ACCEPTED or REVISION_REQUESTED.", "outcome");
            }
        }
        else if (Status is ActionPlanStatus.Draft or ActionPlanStatus.RevisionRequested or ActionPlanStatus.Closed)
        {
            return new DomainError(ErrorCodes.InvalidStateTransition, $"A plan in {Status.ToCode()} is not awaiting scrutiny.");
        }
        else if (outcome != ScrutinyOutcome.Noted)
        {
            return DomainError.InvalidTransition("An action plan", Status.ToCode(), outcome.ToCode());
        }
        var invalid = Inputs.FirstOf(
            Inputs.RequiredText(advice, "advice"),
            Inputs.NotInFuture(scrutinisedOn, clock, "scrutinisedOn"),
            Inputs.NotBefore(scrutinisedOn, LastSubmittedOn(), "scrutinisedOn", "the date the plan was submitted"));
        if (invalid is not null)
        {
            return invalid;
        }
        var scrutiny = new Scrutiny(DomainIds.New(), ScrutinySubject.Plan, null, outcome, advice.Trim(), scrutinisedOn, actor, clock.Now);
        _scrutinies.Add(scrutiny);
        switch (outcome)
        {
            case ScrutinyOutcome.Accepted:
                MoveTo(ActionPlanStatus.Accepted, actor, clock);
                break;
            case ScrutinyOutcome.RevisionRequested:
                MoveTo(ActionPlanStatus.RevisionRequested, actor, clock);
                break;
            default:
                Touch();
                break;
        }
        return scrutiny;
    }

    private DomainError? RequireAllActionsComplete(string what)
    {
        var open = _actions.Count(a => !a.IsComplete);
        return open == 0
            ? null
            : new DomainError(PlanErrorCodes.ActionsIncomplete, $"The plan cannot be {what}: {open} of its {_actions.Count} actions are not COMPLETE (SM14 14.4.63).");
    }

    private DomainError Refuse(ActionPlanStatus to) => DomainError.InvalidTransition("An action plan", Status.ToCode(), to.ToCode());

    private void MoveTo(ActionPlanStatus to, Actor actor, IClock clock)
    {
        _history.Add(new PlanStatusChange(Status, to, clock.Now, actor.UserId, actor.Role));
        Status = to;
        Touch();
    }

    /// <summary>The day the plan was last submitted; the day it was raised if it never was.</summary>
    private DateOnly LastSubmittedOn() =>
        _history.LastOrDefault(h => h.To == ActionPlanStatus.Submitted) is { } submitted
            ? DateOnly.FromDateTime(submitted.At.DateTime)
            : RaisedOn;
}
