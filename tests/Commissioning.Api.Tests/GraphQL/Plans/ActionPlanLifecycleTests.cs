using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>The action plan's life over the API: every step's success path, corrections as revisions, and no skipping.</summary>
public sealed class ActionPlanLifecycleTests : IDisposable
{
    private readonly PlansWorld _world = new();

    [Fact]
    public async Task A_plan_goes_from_draft_to_closed_one_step_at_a_time()
    {
        var plan = new PlanSteps(_world);
        await plan.CreateAsync();
        Assert.Equal("DRAFT", plan.Status);
        await plan.AddActionAsync();
        var edited = await _world.SucceedAsync("editAction", "actionPlan", "id version status actions { id description }",
            plan.ActionInput("Audit every discharge, day and night", plan.ActionIds[0]), _world.Staff);
        plan.Apply(edited);
        Assert.Equal("Audit every discharge, day and night", edited.At("actions", 0, "description").GetString());
        await plan.AppointManagerAsync();
        await plan.SubmitAsync();
        Assert.Equal("SUBMITTED", plan.Status);
        await plan.ScrutiniseAsync("REVISION_REQUESTED");
        Assert.Equal("REVISION_REQUESTED", plan.Status);
        await plan.SubmitAsync();
        await plan.ScrutiniseAsync("ACCEPTED");
        Assert.Equal("ACCEPTED", plan.Status);
        await plan.SubmitToLscbAsync();
        Assert.Equal("SUBMITTED_TO_LSCB", plan.Status);
        await plan.StartAsync();
        Assert.Equal("IN_PROGRESS", plan.Status);
        await plan.ReportAsync("COMPLETE");
        plan.Apply(await _world.SucceedAsync("completeActionPlan", "actionPlan", PlanSteps.PlanFields, plan.Ref, _world.Staff));
        Assert.Equal("COMPLETED", plan.Status);
        var closed = await _world.SucceedAsync("closeActionPlan", "actionPlan",
            PlanSteps.PlanFields + " accountableManager { name jobTitle } statusHistory { from to byRole } scrutinies { outcome advice } submittedToLscbIds",
            plan.Ref, PlansWorld.QualityTeam);
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());
        Assert.Equal("Sam Senior", closed.At("accountableManager", "name").GetString());
        Assert.Equal(
            ["DRAFT", "SUBMITTED", "REVISION_REQUESTED", "SUBMITTED", "ACCEPTED", "SUBMITTED_TO_LSCB", "IN_PROGRESS", "COMPLETED", "CLOSED"],
            closed.GetProperty("statusHistory").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        Assert.Equal(2, closed.GetProperty("scrutinies").GetArrayLength());
        Assert.Equal(2, closed.GetProperty("submittedToLscbIds").GetArrayLength());
    }

    [Fact]
    public async Task A_correction_is_a_new_revision_and_the_first_is_kept()
    {
        var plan = await new PlanSteps(_world).InProgressAsync();
        await plan.ReportAsync("IN_PROGRESS", "Half the wards audited.");
        var corrected = await plan.ReportAsync("COMPLETE", "Every ward audited.");

        var updates = corrected.At("progressUpdates", "nodes");
        Assert.Equal(2, corrected.At("progressUpdates", "totalCount").GetInt32());
        Assert.Equal(2, updates[0].GetProperty("revision").GetInt32());
        Assert.True(updates[0].GetProperty("isCorrection").GetBoolean());
        Assert.Equal("Every ward audited.", updates[0].At("actions", 0, "narrative").GetString());
        Assert.Equal(1, updates[1].GetProperty("revision").GetInt32());
        Assert.Equal("Half the wards audited.", updates[1].At("actions", 0, "narrative").GetString());
        Assert.Equal("IN_PROGRESS", updates[1].At("actions", 0, "status").GetString());
        Assert.Equal("COMPLETE", updates[0].At("actions", 0, "action", "status").GetString());
    }

    [Fact]
    public async Task Progress_updates_page_with_cursors()
    {
        var plan = await new PlanSteps(_world).InProgressAsync();
        for (var i = 1; i <= 3; i++) await plan.ReportAsync("IN_PROGRESS", $"Report {i}.");
        var first = await _world.Api.PostAsync($$"""{ node(id: "{{plan.Id}}") { ... on ActionPlan { progressUpdates(first: 2) { pageInfo { hasNextPage endCursor } nodes { revision } } } } }""", caller: _world.Staff);
        first.AssertNoErrors();
        Assert.Equal([3, 2], first.At("data", "node", "progressUpdates", "nodes").EnumerateArray().Select(n => n.GetProperty("revision").GetInt32()));
        Assert.True(first.At("data", "node", "progressUpdates", "pageInfo", "hasNextPage").GetBoolean());
        var cursor = first.At("data", "node", "progressUpdates", "pageInfo", "endCursor").GetString();
        var next = await _world.Api.PostAsync($$"""{ node(id: "{{plan.Id}}") { ... on ActionPlan { progressUpdates(first: 2, after: "{{cursor}}") { pageInfo { hasNextPage hasPreviousPage } nodes { revision } } } } }""", caller: _world.Staff);
        next.AssertNoErrors();
        Assert.Equal([1], next.At("data", "node", "progressUpdates", "nodes").EnumerateArray().Select(n => n.GetProperty("revision").GetInt32()));
        Assert.False(next.At("data", "node", "progressUpdates", "pageInfo", "hasNextPage").GetBoolean());
        Assert.True(next.At("data", "node", "progressUpdates", "pageInfo", "hasPreviousPage").GetBoolean());
    }

    [Theory]
    [InlineData("submitActionPlanToLscb")]
    [InlineData("startActionPlan")]
    [InlineData("completeActionPlan")]
    [InlineData("closeActionPlan")]
    public async Task A_draft_plan_cannot_skip_ahead(string mutation)
    {
        var plan = new PlanSteps(_world);
        await plan.CreateAsync();
        await plan.AddActionAsync();
        await plan.AppointManagerAsync();
        object input = mutation == "submitActionPlanToLscb"
            ? new { actionPlanId = plan.Id, expectedVersion = plan.Version, lscbIds = new[] { _world.LscbId, _world.HostLscbId } }
            : plan.Ref;
        var caller = mutation == "closeActionPlan" ? PlansWorld.QualityTeam : _world.Staff;
        await _world.RefusedAsync(mutation, "actionPlan", input, caller, "InvalidStateTransitionError");
    }

    [Fact]
    public async Task A_submitted_plan_cannot_go_to_the_LSCB_before_it_is_accepted()
    {
        var plan = new PlanSteps(_world);
        await plan.CreateAsync();
        await plan.AddActionAsync();
        await plan.AppointManagerAsync();
        await plan.SubmitAsync();
        await _world.RefusedAsync("submitActionPlanToLscb", "actionPlan",
            new { actionPlanId = plan.Id, expectedVersion = plan.Version, lscbIds = new[] { _world.LscbId, _world.HostLscbId } }, _world.Staff, "InvalidStateTransitionError");
        await _world.RefusedAsync("submitActionPlan", "actionPlan", plan.Ref, _world.Staff, "InvalidStateTransitionError");
    }

    [Fact]
    public async Task The_provider_filter_and_status_filter_run_on_the_root_connection()
    {
        var plan = new PlanSteps(_world);
        await plan.CreateAsync();
        var other = await _world.Api.PostAsync($$"""{ actionPlans(where: { provider: { eq: "{{_world.OtherProviderId}}" } }) { totalCount } }""", caller: PlansWorld.QualityTeam);
        other.AssertNoErrors();
        Assert.Equal(0, other.At("data", "actionPlans", "totalCount").GetInt32());
        var drafts = await _world.Api.PostAsync("""{ actionPlans(where: { status: { eq: DRAFT } }, order: [{ raisedOn: ASC }]) { nodes { id title sourceIncident { id } } } }""", caller: PlansWorld.QualityTeam);
        drafts.AssertNoErrors();
        Assert.Equal(plan.Id, drafts.At("data", "actionPlans", "nodes", 0, "id").GetString());
        var hidden = await _world.Api.PostAsync("{ actionPlans { totalCount } }", caller: _world.OtherStaff);
        hidden.AssertNoErrors();
        Assert.Equal(0, hidden.At("data", "actionPlans", "totalCount").GetInt32());
    }

    public void Dispose() => _world.Dispose();
}
