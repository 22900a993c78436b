using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.ActionPlans;

public class ProgressUpdateTests
{
    private static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("2025/26-Q2");
    private static readonly FinancialQuarter Q3 = FinancialQuarter.Parse("2025/26-Q3");
    private readonly FixedClock _clock = Clock();

    private Result<ProgressUpdate> Submit(ActionPlan plan, Actor actor, FinancialQuarter quarter, ActionStatus status = ActionStatus.InProgress, DateOnly? completedOn = null, Guid? actionId = null) =>
        plan.SubmitProgressUpdate(actor, quarter, [new ActionProgress(actionId ?? plan.Actions[0].Id, status, "Sessions booked", completedOn)], "On track", _clock);

    [Fact]
    public void An_update_sets_the_actions_statuses()
    {
        var plan = PlanBuilder.Accepted(_clock);

        var update = Submit(plan, ProviderStaff, Q2, ActionStatus.Complete, new DateOnly(2025, 9, 30)).Value;

        Assert.Equal(1, update.Revision);
        Assert.Equal(ActionStatus.Complete, plan.Actions[0].Status);
        Assert.Equal(new DateOnly(2025, 9, 30), plan.Actions[0].CompletedOn);
        Assert.Equal(Role.Provider, update.SubmittedByRole);
    }

    [Fact]
    public void A_completion_without_a_date_is_dated_today()
    {
        var plan = PlanBuilder.Accepted(_clock);

        Submit(plan, ProviderStaff, Q3, ActionStatus.Complete).AsResult().AssertOk();

        Assert.Equal(_clock.Today, plan.Actions[0].CompletedOn);
    }

    [Fact]
    public void A_correction_is_a_new_revision_and_history_stays_readable()
    {
        var plan = PlanBuilder.Accepted(_clock);
        var first = Submit(plan, ProviderStaff, Q2, ActionStatus.Complete).Value;

        var correction = Submit(plan, ProviderStaff, Q2, ActionStatus.InProgress).Value;

        Assert.Equal(2, correction.Revision);
        Assert.True(correction.IsCorrection);
        Assert.Equal([first, correction], plan.UpdatesFor(Q2));
        Assert.Equal(ActionStatus.Complete, first.Entries[0].Status);
        Assert.Same(correction, plan.LatestUpdateFor(Q2));
        Assert.Equal(ActionStatus.InProgress, plan.Actions[0].Status);
        Assert.Null(plan.Actions[0].CompletedOn);
    }

    [Fact]
    public void The_quarter_must_be_closed_or_current_and_not_before_the_plan()
    {
        var plan = PlanBuilder.Accepted(_clock);

        Assert.Equal(ErrorCodes.QuarterNotOpen, Submit(plan, ProviderStaff, Q3.Next()).Error!.Code);
        Assert.Equal(ErrorCodes.QuarterNotOpen, Submit(plan, ProviderStaff, Q2.Previous()).Error!.Code);
        Assert.True(Submit(plan, ProviderStaff, Q3).IsSuccess);
        Assert.True(Submit(plan, ProviderStaff, Q2).IsSuccess);
    }

    [Fact]
    public void The_plan_must_be_open()
    {
        var draft = PlanBuilder.ReadyDraft(_clock);

        Assert.Equal(PlanErrorCodes.PlanNotOpen, Submit(draft, ProviderStaff, Q3).Error!.Code);
        Assert.Empty(draft.ProgressUpdates);
    }

    [Fact]
    public void Only_the_plans_own_actions_may_be_named()
    {
        var plan = PlanBuilder.Accepted(_clock);
        var version = plan.Version;

        var stranger = Submit(plan, ProviderStaff, Q3, actionId: Guid.NewGuid());
        var twice = plan.SubmitProgressUpdate(ProviderStaff, Q3,
            [new ActionProgress(plan.Actions[0].Id, ActionStatus.InProgress, "a"), new ActionProgress(plan.Actions[0].Id, ActionStatus.Complete, "b")], "x", _clock);

        Assert.Equal(PlanErrorCodes.ActionNotInPlan, stranger.Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, twice.Error!.Code);
        Assert.Equal(version, plan.Version);
        Assert.Empty(plan.ProgressUpdates);
    }

    [Fact]
    public void Only_the_plans_provider_or_the_quality_team_submit()
    {
        var plan = PlanBuilder.Accepted(_clock);

        Assert.Equal(ErrorCodes.Forbidden, Submit(plan, OtherProviderStaff, Q3).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, Submit(plan, Nurse, Q3).Error!.Code);
        Assert.Equal(Role.QualityTeam, Submit(plan, QualityTeam, Q3).Value.SubmittedByRole);
    }

    [Fact]
    public void Completed_dates_cannot_be_in_the_future_or_set_on_unfinished_actions()
    {
        var plan = PlanBuilder.Accepted(_clock);

        Assert.Equal(ErrorCodes.DateInFuture, Submit(plan, ProviderStaff, Q3, ActionStatus.Complete, _clock.Today.AddDays(1)).Error!.Code);
        Assert.Equal(ErrorCodes.DateOutOfRange, Submit(plan, ProviderStaff, Q3, ActionStatus.Complete, PlanBuilder.RaisedOn.AddDays(-1)).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, Submit(plan, ProviderStaff, Q3, ActionStatus.InProgress, _clock.Today).Error!.Code);
    }

    [Fact]
    public void The_designated_nurse_scrutinises_only_the_latest_revision_once()
    {
        var plan = PlanBuilder.Accepted(_clock);
        var first = Submit(plan, ProviderStaff, Q3).Value;
        var second = Submit(plan, ProviderStaff, Q3).Value;

        Assert.Equal(PlanErrorCodes.UpdateSuperseded, plan.ScrutiniseUpdate(Nurse, first.Id, ScrutinyOutcome.Noted, "ok", _clock.Today, _clock).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, plan.ScrutiniseUpdate(QualityTeam, second.Id, ScrutinyOutcome.Noted, "ok", _clock.Today, _clock).Error!.Code);
        Assert.Equal([second], plan.UpdatesAwaitingScrutiny());

        var scrutiny = plan.ScrutiniseUpdate(Nurse, second.Id, ScrutinyOutcome.Noted, "Monitor at QCMM", _clock.Today, _clock).Value;

        Assert.Equal(ScrutinySubject.ProgressUpdate, scrutiny.Subject);
        Assert.Empty(plan.UpdatesAwaitingScrutiny());
        Assert.Equal(PlanErrorCodes.AlreadyScrutinised, plan.ScrutiniseUpdate(Nurse, second.Id, ScrutinyOutcome.Noted, "again", _clock.Today, _clock).Error!.Code);
        Assert.Equal(PlanErrorCodes.UpdateNotFound, plan.ScrutiniseUpdate(Nurse, Guid.NewGuid(), ScrutinyOutcome.Noted, "x", _clock.Today, _clock).Error!.Code);
    }

    [Fact]
    public void Scrutiny_cannot_predate_the_update()
    {
        var plan = PlanBuilder.Accepted(_clock);
        var update = Submit(plan, ProviderStaff, Q3).Value;

        var result = plan.ScrutiniseUpdate(Nurse, update.Id, ScrutinyOutcome.Accepted, "ok", _clock.Today.AddDays(-1), _clock);

        Assert.Equal(ErrorCodes.DateOutOfRange, result.Error!.Code);
    }
}
