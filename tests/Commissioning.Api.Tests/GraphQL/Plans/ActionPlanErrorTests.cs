using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>Each action-plan mutation's typed errors; after every refusal the stored data is unchanged.</summary>
public sealed class ActionPlanErrorTests : IDisposable
{
    private readonly PlansWorld _world = new();

    private async Task<PlanSteps> DraftWithActionAsync()
    {
        var plan = new PlanSteps(_world);
        await plan.CreateAsync();
        return await plan.AddActionAsync();
    }

    private object CreateInput(string? providerId = null, string title = "Discharge checks", int raisedDaysAgo = 10, string? source = null) => new
    {
        providerId = providerId ?? _world.ProviderId, source = "SUI", sourceRecordId = source ?? NodeId.Encode("Incident", Guid.NewGuid()), title,
        raisedOn = PlansWorld.Day(PlansWorld.DaysAgo(raisedDaysAgo)), lscbIds = new[] { _world.LscbId },
    };

    [Fact]
    public async Task CreateActionPlan_refusals()
    {
        var incident = await PlanSteps.RaiseIncidentAsync(_world, _world.Staff);
        // Another provider's id answers as an id that does not exist.
        await _world.RefusedAsync("createActionPlan", "actionPlan", CreateInput(source: incident), _world.OtherStaff, "NotFoundError");
        await _world.RefusedAsync("createActionPlan", "actionPlan", CreateInput(source: incident), PlansWorld.Dashboard, "ForbiddenError");
        await _world.DeniedAsync("createActionPlan", CreateInput(source: incident), null, "AUTH_NOT_AUTHENTICATED");
        await _world.RefusedAsync("createActionPlan", "actionPlan", CreateInput(), _world.Staff, "NotFoundError");
        await _world.RefusedAsync("createActionPlan", "actionPlan", CreateInput(providerId: NodeId.Encode("Provider", Guid.NewGuid()), source: incident), PlansWorld.QualityTeam, "NotFoundError");
        await _world.RefusedAsync("createActionPlan", "actionPlan", CreateInput(title: " ", source: incident), _world.Staff, "ValidationFailedError");
        await _world.RefusedAsync("createActionPlan", "actionPlan", CreateInput(raisedDaysAgo: -5, source: incident), _world.Staff, "DateInFutureError");
    }

    [Fact]
    public async Task AddAction_and_editAction_refusals()
    {
        var plan = await DraftWithActionAsync();
        await _world.RefusedAsync("addAction", "actionPlan", plan.ActionInput(" "), _world.Staff, "ValidationFailedError");
        await _world.RefusedAsync("addAction", "actionPlan", plan.ActionInput("Train staff", due: PlansWorld.DaysAgo(30)), _world.Staff, "DateOutOfRangeError");
        await _world.RefusedAsync("addAction", "actionPlan", plan.ActionInput("Train staff"), PlansWorld.Nurse, "ForbiddenError");
        var stale = new { actionPlanId = plan.Id, expectedVersion = plan.Version - 1, description = "Train staff", owner = "Lead", dueDate = PlansWorld.Day(PlansWorld.DaysAgo(-30)),
            intendedOutcome = "Staff know the checks", howReviewed = "Training records", category = "TRAINING" };
        await _world.RefusedAsync("addAction", "actionPlan", stale, _world.Staff, "ConcurrencyConflictError");
        var missing = new { actionPlanId = NodeId.Encode("ActionPlan", Guid.NewGuid()), expectedVersion = 0, description = "Train staff", owner = "Lead",
            dueDate = PlansWorld.Day(PlansWorld.DaysAgo(-30)), intendedOutcome = "Staff know the checks", howReviewed = "Training records", category = "TRAINING" };
        await _world.RefusedAsync("addAction", "actionPlan", missing, _world.Staff, "NotFoundError");
        await _world.RefusedAsync("editAction", "actionPlan", plan.ActionInput("Elsewhere", NodeId.Encode("PlanAction", Guid.NewGuid())), _world.Staff, "ActionNotInPlanError");

        await plan.AppointManagerAsync();
        await plan.SubmitAsync();
        await _world.RefusedAsync("addAction", "actionPlan", plan.ActionInput("Train staff"), _world.Staff, "PlanNotEditableError");
        await _world.RefusedAsync("editAction", "actionPlan", plan.ActionInput("Changed", plan.ActionIds[0]), _world.Staff, "PlanNotEditableError");
    }

    [Fact]
    public async Task Submit_needs_a_manager_and_an_action()
    {
        var plan = new PlanSteps(_world);
        await plan.CreateAsync();
        await _world.RefusedAsync("submitActionPlan", "actionPlan", plan.Ref, _world.Staff, "NoAccountableManagerError");
        await _world.RefusedAsync("appointAccountableManager", "actionPlan",
            new { actionPlanId = plan.Id, expectedVersion = plan.Version, name = " ", jobTitle = "Chief Nurse" }, _world.Staff, "ValidationFailedError");
        await plan.AppointManagerAsync();
        await _world.RefusedAsync("submitActionPlan", "actionPlan", plan.Ref, _world.Staff, "NoActionsError");
        await _world.RefusedAsync("submitActionPlan", "actionPlan", new { actionPlanId = plan.Id, expectedVersion = plan.Version + 1 }, _world.Staff, "ConcurrencyConflictError");
    }

    [Fact]
    public async Task Scrutiny_refusals()
    {
        var plan = await DraftWithActionAsync();
        await plan.AppointManagerAsync();
        object Scrutiny(string outcome, int daysAgo = 0) => new
        {
            actionPlanId = plan.Id, expectedVersion = plan.Version, outcome, advice = "Fine.", scrutinisedOn = PlansWorld.Day(PlansWorld.DaysAgo(daysAgo)),
        };
        await _world.RefusedAsync("scrutiniseActionPlan", "actionPlan", Scrutiny("ACCEPTED"), PlansWorld.Nurse, "InvalidStateTransitionError");
        await plan.SubmitAsync();
        await _world.RefusedAsync("scrutiniseActionPlan", "actionPlan", Scrutiny("ACCEPTED"), _world.Staff, "ForbiddenError");
        await _world.RefusedAsync("scrutiniseActionPlan", "actionPlan", Scrutiny("NOTED"), PlansWorld.Nurse, "ValidationFailedError");
        await _world.RefusedAsync("scrutiniseActionPlan", "actionPlan", Scrutiny("ACCEPTED", daysAgo: -3), PlansWorld.Nurse, "DateInFutureError");
        await _world.RefusedAsync("scrutiniseActionPlan", "actionPlan", Scrutiny("ACCEPTED", daysAgo: 3), PlansWorld.Nurse, "DateOutOfRangeError");
    }

    [Fact]
    public async Task Lscb_submission_refusals()
    {
        var plan = await DraftWithActionAsync();
        await plan.AppointManagerAsync();
        await plan.SubmitAsync();
        await plan.ScrutiniseAsync("ACCEPTED");
        object To(params string[] lscbs) => new { actionPlanId = plan.Id, expectedVersion = plan.Version, lscbIds = lscbs };
        await _world.RefusedAsync("submitActionPlanToLscb", "actionPlan", To(_world.LscbId), _world.Staff, "LscbSubmissionIncompleteError");
        await _world.RefusedAsync("submitActionPlanToLscb", "actionPlan", To(_world.LscbId, NodeId.Encode("Lscb", Guid.NewGuid())), _world.Staff, "ValidationFailedError");
        await _world.RefusedAsync("submitActionPlanToLscb", "actionPlan", To(_world.LscbId, _world.HostLscbId), _world.OtherStaff, "NotFoundError");

        var noLscb = new PlanSteps(_world);
        var incident = await PlanSteps.RaiseIncidentAsync(_world, _world.Staff);
        noLscb.Apply(await _world.SucceedAsync("createActionPlan", "actionPlan", PlanSteps.PlanFields, new
        {
            providerId = _world.ProviderId, source = "SUI", sourceRecordId = incident, title = "No LSCB yet", raisedOn = PlansWorld.Day(PlansWorld.DaysAgo(10)), lscbIds = Array.Empty<string>(),
        }, _world.Staff));
        await noLscb.AddActionAsync();
        await noLscb.AppointManagerAsync();
        await noLscb.SubmitAsync();
        await noLscb.ScrutiniseAsync("ACCEPTED");
        await _world.RefusedAsync("submitActionPlanToLscb", "actionPlan",
            new { actionPlanId = noLscb.Id, expectedVersion = noLscb.Version, lscbIds = Array.Empty<string>() }, _world.Staff, "NoLscbError");
    }

    [Fact]
    public async Task Progress_completion_and_closing_refusals()
    {
        var draft = await DraftWithActionAsync();
        await _world.RefusedAsync("submitQuarterlyProgress", "actionPlan", draft.ProgressInput("IN_PROGRESS"), _world.Staff, "PlanNotOpenError");

        var plan = await new PlanSteps(_world).InProgressAsync();
        var next = Domain.FinancialQuarter.Parse(PlanSteps.CurrentQuarter).AddQuarters(2).ToString();
        await _world.RefusedAsync("submitQuarterlyProgress", "actionPlan", plan.ProgressInput("IN_PROGRESS", quarter: next), _world.Staff, "QuarterNotOpenError");
        await _world.RefusedAsync("submitQuarterlyProgress", "actionPlan", plan.ProgressInput("IN_PROGRESS", narrative: " "), _world.Staff, "ValidationFailedError");
        await _world.RefusedAsync("submitQuarterlyProgress", "actionPlan", new
        {
            actionPlanId = plan.Id, expectedVersion = plan.Version, quarter = PlanSteps.CurrentQuarter, overallNarrative = "On track.",
            actions = new[] { new { actionId = draft.ActionIds[0], status = "IN_PROGRESS", narrative = "Not this plan's action." } },
        }, _world.Staff, "ActionNotInPlanError");
        await _world.RefusedAsync("submitQuarterlyProgress", "actionPlan", new
        {
            actionPlanId = plan.Id, expectedVersion = plan.Version, quarter = PlanSteps.CurrentQuarter, overallNarrative = "Done.",
            actions = new[] { new { actionId = plan.ActionIds[0], status = "COMPLETE", narrative = "Done.", completedOn = PlansWorld.Day(PlansWorld.DaysAgo(-5)) } },
        }, _world.Staff, "DateInFutureError");
        await _world.RefusedAsync("submitQuarterlyProgress", "actionPlan", new
        {
            actionPlanId = plan.Id, expectedVersion = plan.Version, quarter = PlanSteps.CurrentQuarter, overallNarrative = "Done.",
            actions = new[] { new { actionId = plan.ActionIds[0], status = "COMPLETE", narrative = "Done.", completedOn = PlansWorld.Day(PlansWorld.DaysAgo(40)) } },
        }, _world.Staff, "DateOutOfRangeError");

        await _world.RefusedAsync("completeActionPlan", "actionPlan", plan.Ref, _world.Staff, "ActionsIncompleteError");
        await _world.RefusedAsync("closeActionPlan", "actionPlan", plan.Ref, _world.Staff, "ForbiddenError");
        await _world.RefusedAsync("closeActionPlan", "actionPlan", plan.Ref, PlansWorld.QualityTeam, "InvalidStateTransitionError");
        await plan.ReportAsync("COMPLETE");
        plan.Apply(await _world.SucceedAsync("completeActionPlan", "actionPlan", PlanSteps.PlanFields, plan.Ref, _world.Staff));
        plan.Apply(await _world.SucceedAsync("closeActionPlan", "actionPlan", PlanSteps.PlanFields, plan.Ref, PlansWorld.Nurse));
        await _world.RefusedAsync("appointAccountableManager", "actionPlan",
            new { actionPlanId = plan.Id, expectedVersion = plan.Version, name = "New Manager", jobTitle = "Director" }, _world.Staff, "PlanNotOpenError");
        await _world.RefusedAsync("submitQuarterlyProgress", "actionPlan", plan.ProgressInput("COMPLETE"), _world.Staff, "PlanNotOpenError");
    }

    [Fact]
    public async Task A_refused_mutation_stores_nothing_even_when_a_later_one_in_the_request_succeeds()
    {
        var plan = await DraftWithActionAsync();
        var before = await _world.DumpAsync();
        var response = await _world.Api.PostAsync("""
            mutation($bad: AddActionInput!, $stale: SubmitActionPlanInput!) {
              a: addAction(input: $bad) { actionPlan { id } errors { __typename } }
              b: submitActionPlan(input: $stale) { actionPlan { id } errors { __typename } }
            }
            """, new { bad = plan.ActionInput(" "), stale = new { actionPlanId = plan.Id, expectedVersion = plan.Version + 5 } }, _world.Staff);
        Assert.Equal("ValidationFailedError", response.GetProperty("data").GetProperty("a").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("ConcurrencyConflictError", response.GetProperty("data").GetProperty("b").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(before, await _world.DumpAsync());
    }

    public void Dispose() => _world.Dispose();
}
