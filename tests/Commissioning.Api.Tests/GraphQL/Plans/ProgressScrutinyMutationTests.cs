using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>scrutiniseProgressUpdate: the designated nurse scrutinises the latest revision of one quarterly update, once (DOR 4.18).</summary>
public sealed class ProgressScrutinyMutationTests : IDisposable
{
    private readonly PlansWorld _world = new();

    private async Task<(PlanSteps Plan, string UpdateId)> ReportedAsync()
    {
        var plan = await new PlanSteps(_world).InProgressAsync();
        await plan.ReportAsync("IN_PROGRESS");
        return (plan, await LatestUpdateAsync(plan));
    }

    private async Task<string> LatestUpdateAsync(PlanSteps plan)
    {
        var response = await _world.Api.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on ActionPlan { progressUpdates(first: 50) { nodes { id revision } } } } }
            """, new { id = plan.Id }, PlansWorld.Nurse);
        response.AssertNoErrors();
        return response.At("data", "node", "progressUpdates", "nodes").EnumerateArray()
            .MaxBy(u => u.GetProperty("revision").GetInt32()).GetProperty("id").GetString()!;
    }

    private static object Input(PlanSteps plan, string updateId, int? version = null, string outcome = "ACCEPTED", string advice = "Good progress; keep the audit monthly.",
        int daysAgo = 0, string? planId = null) => new
    {
        actionPlanId = planId ?? plan.Id, expectedVersion = version ?? plan.Version, progressUpdateId = updateId, outcome, advice,
        scrutinisedOn = PlansWorld.Day(PlansWorld.DaysAgo(daysAgo)),
    };

    [Fact]
    public async Task The_designated_nurse_scrutinises_an_update_and_the_scrutiny_is_recorded_against_it()
    {
        var (plan, updateId) = await ReportedAsync();

        var scrutinised = await _world.SucceedAsync("scrutiniseProgressUpdate", "actionPlan",
            "version scrutinies { subject outcome advice byName progressUpdate { id revision } }", Input(plan, updateId), PlansWorld.Nurse);

        Assert.True(scrutinised.GetProperty("version").GetInt32() > plan.Version);
        var scrutiny = scrutinised.GetProperty("scrutinies").EnumerateArray().Single(s => s.GetProperty("subject").GetString() == "PROGRESS_UPDATE");
        Assert.Equal("ACCEPTED", scrutiny.GetProperty("outcome").GetString());
        Assert.Equal(updateId, scrutiny.At("progressUpdate", "id").GetString());
        Assert.Equal("Good progress; keep the audit monthly.", scrutiny.GetProperty("advice").GetString());
    }

    [Fact]
    public async Task Refusals_store_nothing()
    {
        var (plan, updateId) = await ReportedAsync();
        var nurse = PlansWorld.Nurse;

        await _world.DeniedAsync("scrutiniseProgressUpdate", Input(plan, updateId), _world.Staff, "AUTH_NOT_AUTHORIZED");
        await _world.RefusedAsync("scrutiniseProgressUpdate", "actionPlan", Input(plan, updateId, planId: NodeId.Encode("ActionPlan", Guid.NewGuid())), nurse, "NotFoundError");
        await _world.RefusedAsync("scrutiniseProgressUpdate", "actionPlan", Input(plan, updateId, version: plan.Version - 1), nurse, "ConcurrencyConflictError");
        await _world.RefusedAsync("scrutiniseProgressUpdate", "actionPlan", Input(plan, NodeId.Encode("ProgressUpdate", Guid.NewGuid())), nurse, "UpdateNotFoundError");
        await _world.RefusedAsync("scrutiniseProgressUpdate", "actionPlan", Input(plan, updateId, advice: " "), nurse, "ValidationFailedError");
        await _world.RefusedAsync("scrutiniseProgressUpdate", "actionPlan", Input(plan, updateId, daysAgo: -1), nurse, "DateInFutureError");
        await _world.RefusedAsync("scrutiniseProgressUpdate", "actionPlan", Input(plan, updateId, daysAgo: 1), nurse, "DateOutOfRangeError");

        var done = await _world.SucceedAsync("scrutiniseProgressUpdate", "actionPlan", "version", Input(plan, updateId), nurse);
        await _world.RefusedAsync("scrutiniseProgressUpdate", "actionPlan", Input(plan, updateId, version: done.GetProperty("version").GetInt32()), nurse,
            "AlreadyScrutinisedError");
    }

    [Fact]
    public async Task A_corrected_update_is_scrutinised_as_its_new_revision()
    {
        var (plan, first) = await ReportedAsync();
        await plan.ReportAsync("IN_PROGRESS", "Corrected: the audit covers two wards, not all.");
        var correction = await LatestUpdateAsync(plan);

        await _world.RefusedAsync("scrutiniseProgressUpdate", "actionPlan", Input(plan, first), PlansWorld.Nurse, "UpdateSupersededError");
        await _world.SucceedAsync("scrutiniseProgressUpdate", "actionPlan", "id", Input(plan, correction, outcome: "REVISION_REQUESTED"), PlansWorld.Nurse);
    }

    public void Dispose() => _world.Dispose();
}
