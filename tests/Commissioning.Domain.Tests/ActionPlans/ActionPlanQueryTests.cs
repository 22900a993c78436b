using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.ActionPlans;

public class ActionPlanQueryTests
{
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Awaiting_scrutiny_since_the_last_submission()
    {
        var plan = PlanBuilder.Submitted(_clock);
        var submittedAt = _clock.Now;
        _clock.AdvanceDays(5);

        Assert.Equal(submittedAt, plan.AwaitingScrutinySince);
        Assert.Null(plan.RevisionRequestedSince);
        Assert.Equal(submittedAt, plan.FirstSubmittedAt);
    }

    [Fact]
    public void Time_in_revision_requested_counts_from_the_request()
    {
        var plan = PlanBuilder.Submitted(_clock);
        _clock.AdvanceDays(2);
        plan.ScrutinisePlan(Nurse, ScrutinyOutcome.RevisionRequested, "Dates", _clock.Today, _clock).AsResult().AssertOk();
        var requestedAt = _clock.Now;
        _clock.AdvanceDays(10);

        Assert.Equal(requestedAt, plan.RevisionRequestedSince);
        Assert.Equal(TimeSpan.FromDays(10), plan.TimeInRevisionRequested(_clock.Now));
        Assert.Null(plan.AwaitingScrutinySince);
    }

    [Fact]
    public void Accepted_but_not_submitted_to_the_lscb_since_acceptance_and_cleared_by_submission()
    {
        var plan = PlanBuilder.Accepted(_clock);
        var acceptedAt = _clock.Now;

        Assert.Equal(acceptedAt, plan.AcceptedNotSubmittedToLscbSince);

        plan.SubmitToLscb(ProviderStaff, plan.LscbIds, _clock).AssertOk();
        Assert.Null(plan.AcceptedNotSubmittedToLscbSince);
    }

    [Fact]
    public void Overdue_actions_are_past_due_and_not_complete()
    {
        var plan = PlanBuilder.Draft(_clock);
        plan.AppointAccountableManager(ProviderStaff, "A", "B").AssertOk();
        var late = plan.AddAction(ProviderStaff, PlanBuilder.Action("late", new DateOnly(2025, 10, 31))).Value;
        plan.AddAction(ProviderStaff, PlanBuilder.Action("due today", new DateOnly(2025, 11, 12))).AsResult().AssertOk();

        Assert.Equal([late], plan.OverdueActions(_clock.Today));

        plan.Submit(ProviderStaff, _clock).AssertOk();
        plan.SubmitProgressUpdate(ProviderStaff, FinancialQuarter.FromDate(_clock.Today), [new ActionProgress(late.Id, ActionStatus.Complete, "Done")], "x", _clock).AsResult().AssertOk();
        Assert.Empty(plan.OverdueActions(_clock.Today));
    }

    [Fact]
    public void Missing_quarters_are_closed_past_their_due_day_and_without_an_update()
    {
        // Raised 1 Aug 2025 (Q2, ends 30 Sep); on 12 Nov Q2's update was due 15 Oct.
        var plan = PlanBuilder.Submitted(_clock);
        var q2 = FinancialQuarter.Parse("2025/26-Q2");

        Assert.Equal([q2], plan.QuartersMissingUpdate(_clock.Today, 15));
        Assert.Empty(plan.QuartersMissingUpdate(new DateOnly(2025, 10, 15), 15));

        plan.SubmitProgressUpdate(ProviderStaff, q2, [], "Nothing to add yet", _clock).AsResult().AssertOk();
        Assert.Empty(plan.QuartersMissingUpdate(_clock.Today, 15));
        Assert.Single(plan.UpdatesFor(q2));
    }

    [Fact]
    public void A_plan_past_draft_without_a_manager_is_flagged()
    {
        var plan = PlanBuilder.Draft(_clock);

        Assert.False(plan.LacksAccountableManager);
        Assert.False(plan.IsOpen);
    }
}
