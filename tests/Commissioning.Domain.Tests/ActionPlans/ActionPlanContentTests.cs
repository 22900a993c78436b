using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.ActionPlans;

public class ActionPlanContentTests
{
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Raising_needs_a_writer_a_title_and_a_date_not_in_the_future()
    {
        Result<ActionPlan> Raise(Actor actor, string title, DateOnly raised) =>
            ActionPlan.Raise(actor, ProviderA, ActionPlanSource.ProviderImr, Guid.NewGuid(), title, raised, [DorsetLscb], _clock);

        Assert.True(Raise(ProviderStaff, "IMR plan", _clock.Today).IsSuccess);
        Assert.True(Raise(QualityTeam, "IMR plan", _clock.Today).IsSuccess);
        Assert.Equal(ErrorCodes.Forbidden, Raise(OtherProviderStaff, "IMR plan", _clock.Today).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, Raise(Nurse, "IMR plan", _clock.Today).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, Raise(ProviderStaff, " ", _clock.Today).Error!.Code);
        Assert.Equal(ErrorCodes.DateInFuture, Raise(ProviderStaff, "IMR plan", _clock.Today.AddDays(1)).Error!.Code);
    }

    [Fact]
    public void A_plan_names_at_most_two_distinct_lscbs()
    {
        var plan = PlanBuilder.Draft(_clock);

        Assert.Equal(ErrorCodes.ValidationFailed, plan.SetLscbs(ProviderStaff, [DorsetLscb, DorsetLscb]).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, plan.SetLscbs(ProviderStaff, [DorsetLscb, HostLscb, Guid.NewGuid()]).Error!.Code);
        plan.SetLscbs(ProviderStaff, [DorsetLscb, HostLscb]).AssertOk();
        Assert.True(plan.IsOutOfCounty);
    }

    [Fact]
    public void Due_dates_cannot_be_before_the_plan_was_raised()
    {
        var plan = PlanBuilder.Draft(_clock);

        var early = plan.AddAction(ProviderStaff, PlanBuilder.Action(due: PlanBuilder.RaisedOn.AddDays(-1)));
        var sameDay = plan.AddAction(ProviderStaff, PlanBuilder.Action(due: PlanBuilder.RaisedOn));

        Assert.Equal(ErrorCodes.DateOutOfRange, early.Error!.Code);
        Assert.True(sameDay.IsSuccess);
        Assert.Equal(ActionStatus.NotStarted, sameDay.Value.Status);
    }

    [Fact]
    public void Content_is_editable_only_in_draft_or_revision_requested()
    {
        var plan = PlanBuilder.Submitted(_clock);

        Assert.Equal(PlanErrorCodes.PlanNotEditable, plan.AddAction(ProviderStaff, PlanBuilder.Action()).Error!.Code);
        Assert.Equal(PlanErrorCodes.PlanNotEditable, plan.Rename(ProviderStaff, "New").Error!.Code);

        plan.ScrutinisePlan(Nurse, ScrutinyOutcome.RevisionRequested, "Split action 1", _clock.Today, _clock).AsResult().AssertOk();

        var action = plan.AddAction(ProviderStaff, PlanBuilder.Action("Supervision audit")).Value;
        plan.AmendAction(ProviderStaff, action.Id, PlanBuilder.Action("Supervision audit, monthly")).AssertOk();
        plan.RemoveAction(ProviderStaff, plan.Actions[0].Id).AssertOk();
        Assert.Equal(["Supervision audit, monthly"], plan.Actions.Select(a => a.Description));
        Assert.Equal(PlanErrorCodes.ActionNotInPlan, plan.RemoveAction(ProviderStaff, Guid.NewGuid()).Error!.Code);
    }

    [Fact]
    public void The_accountable_manager_can_be_replaced_until_the_plan_closes()
    {
        var plan = PlanBuilder.InProgress(_clock);

        plan.AppointAccountableManager(ProviderStaff, "Jo New", "Chief Nurse").AssertOk();

        Assert.Equal(new AccountableManager("Jo New", "Chief Nurse"), plan.AccountableManager);
        Assert.Equal(ErrorCodes.ValidationFailed, plan.AppointAccountableManager(ProviderStaff, "Jo", " ").Error!.Code);
    }

    [Fact]
    public void Every_change_bumps_the_version_so_a_stale_editor_is_told()
    {
        var plan = PlanBuilder.Draft(_clock);
        var seen = plan.Version;

        plan.Rename(ProviderStaff, "Renamed").AssertOk();

        Assert.Equal(seen + 1, plan.Version);
        Assert.Equal(ErrorCodes.ConcurrencyConflict, plan.EnsureVersion(seen).Error!.Code);
    }

    [Fact]
    public void Sources_map_to_the_record_they_link_to()
    {
        Assert.Equal(SourceRecordKind.Incident, ActionPlanSource.Siri.RecordKind());
        Assert.Equal(SourceRecordKind.Review, ActionPlanSource.OfstedEvaluation.RecordKind());
        Assert.Equal(SourceRecordKind.Audit, ActionPlanSource.AuditFinding.RecordKind());
        Assert.Equal(ActionPlanSource.AdverseIncident, ActionPlanSources.FromIncident(Domain.Incidents.IncidentType.AdverseIncident));
        Assert.Equal(ActionPlanSource.CcgImr, ActionPlanSources.FromReview(Domain.Reviews.ReviewKind.CcgPrimaryCareImr));
    }
}
