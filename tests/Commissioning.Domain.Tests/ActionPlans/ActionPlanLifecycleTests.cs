using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.ActionPlans;

public class ActionPlanLifecycleTests
{
    private readonly FixedClock _clock = Clock();

    /// <summary>A plan in <paramref name="status"/>, reached by the real transitions.</summary>
    private ActionPlan InStatus(ActionPlanStatus status)
    {
        switch (status)
        {
            case ActionPlanStatus.Draft:
                return PlanBuilder.ReadyDraft(_clock);
            case ActionPlanStatus.Submitted:
                return PlanBuilder.Submitted(_clock);
            case ActionPlanStatus.RevisionRequested:
                var revising = PlanBuilder.Submitted(_clock);
                revising.ScrutinisePlan(Nurse, ScrutinyOutcome.RevisionRequested, "Add dates", _clock.Today, _clock).AsResult().AssertOk();
                return revising;
            case ActionPlanStatus.Accepted:
                return PlanBuilder.Accepted(_clock);
            case ActionPlanStatus.SubmittedToLscb:
                var sent = PlanBuilder.Accepted(_clock);
                sent.SubmitToLscb(ProviderStaff, sent.LscbIds, _clock).AssertOk();
                return sent;
            case ActionPlanStatus.InProgress:
                return PlanBuilder.InProgress(_clock);
            case ActionPlanStatus.Completed:
                var done = PlanBuilder.InProgress(_clock);
                PlanBuilder.CompleteAllActions(done, _clock);
                done.MarkCompleted(ProviderStaff, _clock).AssertOk();
                return done;
            default:
                var closed = InStatus(ActionPlanStatus.Completed);
                closed.Close(QualityTeam, _clock).AssertOk();
                return closed;
        }
    }

    private Result Attempt(ActionPlan plan, string transition) => transition switch
    {
        "submit" => plan.Submit(ProviderStaff, _clock),
        "accept" => plan.ScrutinisePlan(Nurse, ScrutinyOutcome.Accepted, "ok", _clock.Today, _clock).AsResult(),
        "requestRevision" => plan.ScrutinisePlan(Nurse, ScrutinyOutcome.RevisionRequested, "redo", _clock.Today, _clock).AsResult(),
        "submitToLscb" => plan.SubmitToLscb(ProviderStaff, plan.LscbIds, _clock),
        "start" => plan.StartImplementation(ProviderStaff, _clock),
        "complete" => plan.MarkCompleted(ProviderStaff, _clock),
        "close" => plan.Close(QualityTeam, _clock),
        _ => throw new ArgumentOutOfRangeException(nameof(transition)),
    };

    private static readonly Dictionary<string, (ActionPlanStatus[] From, ActionPlanStatus To)> Legal = new()
    {
        ["submit"] = ([ActionPlanStatus.Draft, ActionPlanStatus.RevisionRequested], ActionPlanStatus.Submitted),
        ["accept"] = ([ActionPlanStatus.Submitted], ActionPlanStatus.Accepted),
        ["requestRevision"] = ([ActionPlanStatus.Submitted], ActionPlanStatus.RevisionRequested),
        ["submitToLscb"] = ([ActionPlanStatus.Accepted], ActionPlanStatus.SubmittedToLscb),
        ["start"] = ([ActionPlanStatus.SubmittedToLscb], ActionPlanStatus.InProgress),
        ["complete"] = ([ActionPlanStatus.InProgress], ActionPlanStatus.Completed),
        ["close"] = ([ActionPlanStatus.Completed], ActionPlanStatus.Closed),
    };

    public static TheoryData<string, ActionPlanStatus> EveryTransitionFromEveryStatus()
    {
        var data = new TheoryData<string, ActionPlanStatus>();
        foreach (var transition in Legal.Keys)
        {
            foreach (var status in Enum.GetValues<ActionPlanStatus>())
            {
                data.Add(transition, status);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransitionFromEveryStatus))]
    public void Each_transition_is_allowed_only_from_its_source_status(string transition, ActionPlanStatus from)
    {
        var plan = InStatus(from);
        if (transition is "complete" or "close" && from is ActionPlanStatus.InProgress or ActionPlanStatus.Completed)
        {
            // Completion needs every action done; that rule has its own tests.
            PlanBuilder.CompleteAllActions(plan, _clock);
        }
        var version = plan.Version;
        var historyLength = plan.History.Count;

        var result = Attempt(plan, transition);

        var (legalFrom, to) = Legal[transition];
        if (legalFrom.Contains(from))
        {
            result.AssertOk();
            Assert.Equal(to, plan.Status);
            Assert.Equal(version + 1, plan.Version);
            Assert.Equal(new PlanStatusChange(from, to, _clock.Now, transition is "accept" or "requestRevision" ? Nurse.UserId : transition == "close" ? QualityTeam.UserId : ProviderStaff.UserId, plan.History[^1].ByRole), plan.History[^1]);
        }
        else
        {
            Assert.True(result.IsFailure, $"{transition} from {from} should be refused");
            Assert.Equal(from, plan.Status);
            Assert.Equal(version, plan.Version);
            Assert.Equal(historyLength, plan.History.Count);
        }
    }

    [Fact]
    public void A_plan_cannot_leave_draft_without_an_accountable_manager()
    {
        var plan = PlanBuilder.Draft(_clock);
        plan.AddAction(ProviderStaff, PlanBuilder.Action()).AsResult().AssertOk();

        var result = plan.Submit(ProviderStaff, _clock);

        Assert.Equal(ErrorCodes.NoAccountableManager, result.Error!.Code);
        Assert.Equal(ActionPlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void A_plan_cannot_leave_draft_without_an_action()
    {
        var plan = PlanBuilder.Draft(_clock);
        plan.AppointAccountableManager(ProviderStaff, "Alex Senior", "Director of Nursing").AssertOk();

        var result = plan.Submit(ProviderStaff, _clock);

        Assert.Equal(ErrorCodes.NoActions, result.Error!.Code);
    }

    [Fact]
    public void Only_a_designated_nurse_accepts_or_requests_revision()
    {
        foreach (var actor in new[] { ProviderStaff, QualityTeam, Director, ChiefExecutive, Dashboard })
        {
            var plan = PlanBuilder.Submitted(_clock);

            Assert.Equal(ErrorCodes.Forbidden, plan.ScrutinisePlan(actor, ScrutinyOutcome.Accepted, "ok", _clock.Today, _clock).Error!.Code);
            Assert.Equal(ErrorCodes.Forbidden, plan.ScrutinisePlan(actor, ScrutinyOutcome.RevisionRequested, "no", _clock.Today, _clock).Error!.Code);
            Assert.Equal(ActionPlanStatus.Submitted, plan.Status);
        }
    }

    [Fact]
    public void A_provider_cannot_submit_to_the_lscb_before_acceptance()
    {
        var plan = PlanBuilder.Submitted(_clock);

        var result = plan.SubmitToLscb(ProviderStaff, plan.LscbIds, _clock);

        Assert.Equal(ErrorCodes.InvalidStateTransition, result.Error!.Code);
        Assert.Empty(plan.SubmittedToLscbIds);
    }

    [Fact]
    public void An_out_of_county_plan_goes_to_both_lscbs()
    {
        var plan = PlanBuilder.Accepted(_clock, DorsetLscb, HostLscb);
        Assert.True(plan.IsOutOfCounty);

        var onlyOne = plan.SubmitToLscb(ProviderStaff, [DorsetLscb], _clock);
        var both = plan.SubmitToLscb(ProviderStaff, [HostLscb, DorsetLscb], _clock);

        Assert.Equal(PlanErrorCodes.LscbSubmissionIncomplete, onlyOne.Error!.Code);
        both.AssertOk();
        Assert.Equal([DorsetLscb, HostLscb], plan.SubmittedToLscbIds);
    }

    [Fact]
    public void Submitting_to_an_lscb_the_plan_does_not_name_is_refused()
    {
        var plan = PlanBuilder.Accepted(_clock);

        var result = plan.SubmitToLscb(ProviderStaff, [HostLscb], _clock);

        Assert.Equal(ErrorCodes.ValidationFailed, result.Error!.Code);
        Assert.Equal(ActionPlanStatus.Accepted, plan.Status);
    }

    [Fact]
    public void A_plan_without_an_lscb_cannot_be_submitted_to_one()
    {
        var plan = ActionPlan.Raise(ProviderStaff, ProviderA, ActionPlanSource.Sui, Guid.NewGuid(), "t", PlanBuilder.RaisedOn, [], _clock).Value;
        plan.AppointAccountableManager(ProviderStaff, "A", "B").AssertOk();
        plan.AddAction(ProviderStaff, PlanBuilder.Action()).AsResult().AssertOk();
        plan.Submit(ProviderStaff, _clock).AssertOk();
        plan.ScrutinisePlan(Nurse, ScrutinyOutcome.Accepted, "ok", _clock.Today, _clock).AsResult().AssertOk();

        Assert.Equal(PlanErrorCodes.NoLscb, plan.SubmitToLscb(ProviderStaff, [], _clock).Error!.Code);
    }

    [Fact]
    public void Completing_and_closing_need_every_action_complete()
    {
        var plan = PlanBuilder.InProgress(_clock);

        Assert.Equal(PlanErrorCodes.ActionsIncomplete, plan.MarkCompleted(ProviderStaff, _clock).Error!.Code);

        PlanBuilder.CompleteAllActions(plan, _clock);
        plan.MarkCompleted(ProviderStaff, _clock).AssertOk();
        // An update can reopen an action after the plan was marked completed.
        plan.SubmitProgressUpdate(ProviderStaff, FinancialQuarter.FromDate(_clock.Today), [new ActionProgress(plan.Actions[0].Id, ActionStatus.InProgress, "Reopened")], "Correction", _clock).AsResult().AssertOk();

        Assert.Equal(PlanErrorCodes.ActionsIncomplete, plan.Close(QualityTeam, _clock).Error!.Code);
        Assert.Equal(ActionPlanStatus.Completed, plan.Status);
    }

    [Fact]
    public void Only_the_commissioner_closes_a_plan()
    {
        var plan = InStatus(ActionPlanStatus.Completed);

        Assert.Equal(ErrorCodes.Forbidden, plan.Close(ProviderStaff, _clock).Error!.Code);
        plan.Close(Nurse, _clock).AssertOk();
    }

    [Fact]
    public void Another_providers_staff_cannot_move_the_plan()
    {
        var plan = PlanBuilder.ReadyDraft(_clock);

        Assert.Equal(ErrorCodes.Forbidden, plan.Submit(OtherProviderStaff, _clock).Error!.Code);
        plan.Submit(QualityTeam, _clock).AssertOk();
    }

    [Fact]
    public void The_history_records_every_step_with_its_time()
    {
        var plan = PlanBuilder.Draft(_clock);
        plan.AppointAccountableManager(ProviderStaff, "A", "B").AssertOk();
        plan.AddAction(ProviderStaff, PlanBuilder.Action()).AsResult().AssertOk();
        var submittedAt = _clock.Now.AddDays(1);
        _clock.Now = submittedAt;
        plan.Submit(ProviderStaff, _clock).AssertOk();
        _clock.AdvanceDays(3);
        plan.ScrutinisePlan(Nurse, ScrutinyOutcome.RevisionRequested, "Add owners", _clock.Today, _clock).AsResult().AssertOk();

        Assert.Equal(
            [ActionPlanStatus.Draft, ActionPlanStatus.Submitted, ActionPlanStatus.RevisionRequested],
            plan.History.Select(h => h.To));
        Assert.Null(plan.History[0].From);
        Assert.Equal(submittedAt, plan.History[1].At);
        Assert.Equal(Role.DesignatedNurse, plan.History[2].ByRole);
    }
}
