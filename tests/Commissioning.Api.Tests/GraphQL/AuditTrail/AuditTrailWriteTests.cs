using System.Text.Json;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL.Plans;
using Microsoft.Extensions.DependencyInjection;
using static Commissioning.Api.Tests.GraphQL.AuditTrail.AuditTrailReader;

namespace Commissioning.Api.Tests.GraphQL.AuditTrail;

/// <summary>
/// Every accepted mutation leaves one audit-trail entry per record it changed, written with the change:
/// who (user, name, role, provider), when (the host's clock), which mutation and operation, which record,
/// and the values before and after. A refused mutation leaves none.
/// </summary>
public sealed class AuditTrailWriteTests : IDisposable
{
    private readonly SettableTime _time = new(SettableTime.Truncated(DateTimeOffset.UtcNow));
    private readonly PlansWorld _world;

    public AuditTrailWriteTests() => _world = new PlansWorld(services: s => s.AddSingleton<TimeProvider>(_time));

    [Fact]
    public async Task An_update_records_the_actor_time_operation_record_and_only_the_values_that_changed()
    {
        var plan = await new PlanSteps(_world).CreateAsync();
        var response = await _world.Api.PostAsync("""
            mutation NameTheManager($input: AppointAccountableManagerInput!) {
              appointAccountableManager(input: $input) { actionPlan { version } errors { __typename } }
            }
            """, new { input = new { actionPlanId = plan.Id, expectedVersion = plan.Version, name = "Sam Senior", jobTitle = "Chief Nurse" } }, _world.Staff);
        response.AssertNoErrors();
        var me = await _world.Api.PostAsync("{ me { displayName } }", caller: _world.Staff);

        var entry = await SingleAsync(_world.Api, plan.Id, "appointAccountableManager");

        Assert.Equal(_world.Staff.UserId, entry.GetProperty("actorUserId").GetString());
        Assert.Equal(me.At("data", "me", "displayName").GetString(), entry.GetProperty("actorName").GetString());
        Assert.Equal("PROVIDER", entry.GetProperty("actorRole").GetString());
        Assert.Equal(_world.ProviderId, entry.GetProperty("actorProviderId").GetString());
        Assert.Equal(_time.Now, entry.GetProperty("at").GetDateTimeOffset());
        Assert.Equal("NameTheManager", entry.GetProperty("operationName").GetString());
        Assert.Equal("ActionPlan", entry.GetProperty("recordType").GetString());
        Assert.Equal(plan.Id, entry.GetProperty("recordId").GetString());
        var changes = Changes(entry);
        Assert.Equal((null, "\"Sam Senior\""), changes["accountableManager.name"]);
        Assert.Equal((null, "\"Chief Nurse\""), changes["accountableManager.jobTitle"]);
        Assert.Equal((plan.Version.ToString(), (plan.Version + 1).ToString()), changes["version"]);
        Assert.DoesNotContain("title", changes.Keys);
        Assert.DoesNotContain("status", changes.Keys);
    }

    [Fact]
    public async Task A_new_record_is_recorded_with_all_its_values_and_nothing_before()
    {
        var plan = await new PlanSteps(_world).CreateAsync();

        var entry = await SingleAsync(_world.Api, plan.Id, "createActionPlan");

        Assert.Equal(JsonValueKind.Null, entry.GetProperty("before").ValueKind);
        var after = JsonDocument.Parse(entry.GetProperty("after").GetString()!).RootElement;
        Assert.Equal("Discharge checks", after.GetProperty("title").GetString());
        Assert.Equal("DRAFT", after.GetProperty("status").GetString());
        Assert.Equal("SUI", after.GetProperty("source").GetString());
        Assert.Equal(2, after.GetProperty("lscbIds").GetArrayLength());
        Assert.All(Changes(entry).Values, c => Assert.Null(c.Before));
    }

    [Fact]
    public async Task Progress_update_revisions_are_recorded_whole_under_their_plan_and_a_correction_is_a_second_entry()
    {
        var plan = await new PlanSteps(_world).InProgressAsync();
        await plan.ReportAsync("IN_PROGRESS", "Audit running on every ward.");
        await plan.ReportAsync("IN_PROGRESS", "Audit running on every ward but theatres.");

        var trail = await ReadAsync(_world.Api, plan.Id, new { operation = new { eq = "submitQuarterlyProgress" } });

        Assert.Equal(2, trail.GetProperty("totalCount").GetInt32());
        var narratives = trail.GetProperty("nodes").EnumerateArray()
            .Select(e => Changes(e).Single(c => c.Key.StartsWith("progressUpdates[", StringComparison.Ordinal) && c.Key.EndsWith(".entries[0].narrative", StringComparison.Ordinal)).Value)
            .ToList();
        Assert.All(narratives, n => Assert.Null(n.Before));
        Assert.Equal(["\"Audit running on every ward but theatres.\"", "\"Audit running on every ward.\""], narratives.Select(n => n.After).Order());
        var revisions = trail.GetProperty("nodes").EnumerateArray()
            .Select(e => Changes(e).Single(c => c.Key.EndsWith("].revision", StringComparison.Ordinal)).Value.After).Order();
        Assert.Equal(["1", "2"], revisions);
    }

    [Fact]
    public async Task A_refused_mutation_writes_no_entry()
    {
        var plan = await new PlanSteps(_world).CreateAsync();
        var before = (await ReadAsync(_world.Api)).GetProperty("totalCount").GetInt32();

        await _world.RefusedAsync("appointAccountableManager", "actionPlan",
            new { actionPlanId = plan.Id, expectedVersion = plan.Version + 1, name = "Sam Senior", jobTitle = "Chief Nurse" }, _world.Staff, "ConcurrencyConflictError");
        await _world.RefusedAsync("submitActionPlan", "actionPlan", plan.Ref, _world.Staff, "NoAccountableManagerError");

        Assert.Equal(before, (await ReadAsync(_world.Api)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Each_accepted_mutation_of_a_plan_is_one_entry_about_that_plan()
    {
        var plan = await new PlanSteps(_world).InProgressAsync();

        var trail = await ReadAsync(_world.Api, plan.Id);

        Assert.Equal(
            ["addAction", "appointAccountableManager", "createActionPlan", "scrutiniseActionPlan", "startActionPlan", "submitActionPlan", "submitActionPlanToLscb"],
            trail.GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("operation").GetString()).Order());
        Assert.All(trail.GetProperty("nodes").EnumerateArray(), e => Assert.Equal(plan.Id, e.GetProperty("recordId").GetString()));
    }

    public void Dispose() => _world.Dispose();
}
